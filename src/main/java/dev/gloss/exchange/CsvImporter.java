package dev.gloss.exchange;

import dev.gloss.GlossException;
import dev.gloss.deck.Card;
import dev.gloss.deck.CardIds;
import dev.gloss.deck.CardKind;
import dev.gloss.store.ImportBatch;
import dev.gloss.store.ImportedCard;
import dev.gloss.store.ImportedDeck;
import dev.gloss.store.Skipped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plain CSV/TSV: one card per row, front and back (and optionally tags) columns, found by a header row's names
 * or by position. The separator (tab, comma, semicolon, pipe) is the one that splits the first lines into the
 * same number of columns; every row must have that many. Fields that look like HTML are read as HTML (Anki's
 * rule), others as written. Cards go into {@code --deck} or a deck named after the file.
 */
final class CsvImporter implements Importer {
    private static final char[] SEPARATORS = {'\t', ',', ';', '|'};
    private static final int SAMPLE_LINES = 20;
    private static final Set<String> FRONT = Set.of("front", "question", "q", "term", "word", "prompt", "side 1",
            "side1", "expression", "vocabulary", "kanji");
    private static final Set<String> BACK = Set.of("back", "answer", "a", "definition", "meaning", "translation",
            "side 2", "side2", "reading", "explanation");
    private static final Set<String> TAGS = Set.of("tags", "tag", "labels", "label");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV/TSV (.csv, .tsv, .txt)";
    }

    @Override
    public boolean recognizes(ImportSource source) {
        return Set.of("csv", "tsv", "tab", "txt").contains(source.extension());
    }

    @Override
    public ImportBatch read(ImportSource source, ImportOptions options) {
        String text = DelimitedText.read(source.path(), source.name());
        char separator = separator(text, source);
        List<DelimitedText.Row> rows = DelimitedText.rows(text, 1, separator, false, source.name());
        if (rows.isEmpty()) {
            throw new GlossException(source.name() + ": no rows to import (the file is empty)");
        }
        DelimitedText.Row first = rows.get(0);
        int width = first.cells().size();
        if (width < 2) {
            throw new GlossException(source.name() + " line " + first.line() + ": only one column; expected front"
                    + " and back separated by a tab, comma, semicolon or pipe");
        }
        for (DelimitedText.Row r : rows) {
            if (r.cells().size() != width) {
                throw new GlossException(source.name() + " line " + r.line() + ": " + r.cells().size()
                        + " columns, expected " + width + " (as on line " + first.line() + ")");
            }
        }
        boolean header = options.header() != null ? options.header() : isHeader(first);
        Columns columns = header ? Columns.named(first.cells()) : Columns.positional(width);
        List<DelimitedText.Row> data = header ? rows.subList(1, rows.size()) : rows;
        boolean html = DelimitedText.looksLikeHtml(data);
        ImportedDeck deck = deckFor(options.deck() != null ? options.deck() : source.stem(), source);
        Map<String, ImportedCard> cards = new LinkedHashMap<>();
        int emptyFront = 0;
        int repeated = 0;
        options.progress().start("Reading " + source.name(), data.size());
        for (DelimitedText.Row r : data) {
            options.progress().advance(1);
            Card card = card(r, columns, html, deck);
            if (card == null) {
                emptyFront++;
                continue;
            }
            if (cards.remove(card.id()) != null) {
                repeated++;
            }
            cards.put(card.id(), new ImportedCard(deck, card, false, false, null));
        }
        options.progress().finish();
        List<Skipped> skipped = new ArrayList<>();
        if (emptyFront > 0) {
            skipped.add(new Skipped(emptyFront, "rows with an empty front"));
        }
        if (repeated > 0) {
            skipped.add(new Skipped(repeated, "rows whose front a later row repeats (the later row kept)"));
        }
        return new ImportBatch(source.name(), List.of(), cards.isEmpty() ? List.of() : List.of(deck),
                List.copyOf(cards.values()), List.of(), List.of(), data.size(), skipped);
    }

    /** The card a row makes, or null when its front is empty. */
    private static Card card(DelimitedText.Row r, Columns columns, boolean html, ImportedDeck deck) {
        String front = text(r.cell(columns.front()), html);
        if (front.isBlank()) {
            return null;
        }
        String back = text(r.cell(columns.back()), html);
        List<String> tags = columns.tags() < 0 ? List.of() : tags(r.cell(columns.tags()));
        String uid = CardIds.of(deck.name(), "", CardKind.BASIC, front);
        return new Card(uid, CardKind.BASIC, "", front, back, List.of(), tags);
    }

    private static ImportedDeck deckFor(String name, ImportSource source) {
        try {
            return new ImportedDeck(name, "");
        } catch (IllegalArgumentException e) {
            throw new GlossException(source.name() + ": cannot name a deck after it (" + e.getMessage()
                    + "); give one with --deck");
        }
    }

    private static String text(String field, boolean html) {
        return html ? HtmlText.toText(field) : field;
    }

    /** Tags split on white space and commas. */
    static List<String> tags(String cell) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cell.length(); i++) {
            boolean separator = i == cell.length() || Character.isWhitespace(cell.charAt(i)) || cell.charAt(i) == ',';
            if (separator && start >= 0) {
                out.add(cell.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** A first row is a header when one of its cells names a column Gloss knows. */
    private static boolean isHeader(DelimitedText.Row first) {
        return first.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT))
                .anyMatch(c -> FRONT.contains(c) || BACK.contains(c) || TAGS.contains(c));
    }

    /** Indices of the front, back and tags columns (tags -1 if none). */
    private record Columns(int front, int back, int tags) {
        static Columns positional(int width) {
            return new Columns(0, 1, width >= 3 ? 2 : -1);
        }

        static Columns named(List<String> header) {
            int front = -1;
            int back = -1;
            int tags = -1;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (front < 0 && FRONT.contains(name)) {
                    front = i;
                } else if (back < 0 && BACK.contains(name)) {
                    back = i;
                } else if (tags < 0 && TAGS.contains(name)) {
                    tags = i;
                }
            }
            if (front < 0) {
                front = firstFree(header.size(), back, tags);
            }
            if (back < 0) {
                back = firstFree(header.size(), front, tags);
            }
            return new Columns(front, back, tags);
        }

        private static int firstFree(int width, int taken1, int taken2) {
            for (int i = 0; i < width; i++) {
                if (i != taken1 && i != taken2) {
                    return i;
                }
            }
            return 0;
        }
    }

    /**
     * The separator that splits the first lines into the same number of columns (two or more); among several,
     * the one the extension suggests, then tab, comma, semicolon, pipe.
     */
    private static char separator(String text, ImportSource source) {
        String sample = firstLines(text);
        char preferred = source.extension().equals("tsv") || source.extension().equals("tab") ? '\t' : ',';
        Character best = null;
        int bestScore = -1;
        for (char candidate : SEPARATORS) {
            int score = consistency(sample, candidate, source.name());
            if (score > 0 && candidate == preferred) {
                score += 1;
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return bestScore > 0 ? best : preferred;
    }

    /** 2 when every sampled record has the same number (at least two) of columns, 0 otherwise. */
    private static int consistency(String sample, char separator, String source) {
        List<DelimitedText.Row> rows;
        try {
            rows = DelimitedText.rows(sample, 1, separator, false, source);
        } catch (GlossException e) {
            return 0; // a quoted field cut by the sample, or not this separator
        }
        if (rows.isEmpty()) {
            return 0;
        }
        int width = rows.get(0).cells().size();
        boolean same = rows.stream().allMatch(r -> r.cells().size() == width);
        return same && width >= 2 ? 2 : 0;
    }

    private static String firstLines(String text) {
        int at = -1;
        for (int n = 0; n < SAMPLE_LINES; n++) {
            int next = text.indexOf('\n', at + 1);
            if (next < 0) {
                return text;
            }
            at = next;
        }
        return text.substring(0, at + 1);
    }
}
