package dev.gloss.exchange;

import dev.gloss.GlossException;
import dev.gloss.deck.Card;
import dev.gloss.deck.CardIds;
import dev.gloss.deck.DeckNames;
import dev.gloss.store.ImportBatch;
import dev.gloss.store.ImportedCard;
import dev.gloss.store.ImportedDeck;
import dev.gloss.store.Skipped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Anki's "Notes in Plain Text" files: the legacy {@code tags:} first line, the {@code #key:value} headers
 * (separator, html, tags, columns, notetype, deck, and the guid / notetype / deck / tags columns), then CSV
 * records in which lines starting with {@code #} are comments. Rows may be shorter (missing fields are empty)
 * or longer (extra columns ignored), as in Anki. Notes become cards through the stock note types' templates,
 * so a note gives the same cards as it would from a package; with a GUID column, the same card ids too.
 */
final class AnkiTextImporter implements Importer {
    private static final List<String> HEADER_KEYS = List.of("separator", "html", "tags", "columns", "notetype",
            "deck", "notetype column", "deck column", "tags column", "guid column", "match scope", "if matches");
    private static final char[] GUESS_ORDER = {'\t', '|', ';', ':', ',', ' '};
    private static final int GUESS_CHARS = 8192;

    @Override
    public String format() {
        return "anki-text";
    }

    @Override
    public String description() {
        return "Anki plain text (.txt)";
    }

    @Override
    public boolean recognizes(ImportSource source) {
        String first = source.headText().lines().findFirst().orElse("").strip().toLowerCase(Locale.ROOT);
        if (first.startsWith("tags:")) {
            return true;
        }
        if (!first.startsWith("#") || first.indexOf(':') < 0) {
            return false;
        }
        String key = first.substring(1, first.indexOf(':')).strip();
        return HEADER_KEYS.contains(key);
    }

    @Override
    public ImportBatch read(ImportSource source, ImportOptions options) {
        String text = DelimitedText.read(source.path(), source.name());
        Header h = Header.parse(text, source.name());
        String body = text.substring(h.bodyOffset());
        char separator = h.separator() != null ? h.separator() : guessSeparator(body);
        List<DelimitedText.Row> rows = DelimitedText.rows(body, h.bodyFirstLine(), separator, true, source.name());
        boolean html = h.html() != null ? h.html() : DelimitedText.looksLikeHtml(rows);
        AnkiNotes renderer = new AnkiNotes(name -> name);
        Map<String, ImportedDeck> decks = new LinkedHashMap<>();
        Map<String, ImportedCard> cards = new LinkedHashMap<>();
        int notes = 0;
        int empty = 0;
        int repeated = 0;
        options.progress().start("Reading " + source.name(), rows.size());
        for (DelimitedText.Row row : rows) {
            options.progress().advance(1);
            Note note = h.note(row, html, options.deck(), source.stem(), source.name());
            boolean made = false;
            for (int ord : AnkiStockNoteTypes.ordinals(note.type(), note.fields())) {
                AnkiCollection.Note ankiNote = new AnkiCollection.Note(0, note.guid(), note.type().id(), note.tags(),
                        note.fields());
                AnkiNotes.Result result = renderer.card(ankiNote, note.type(), ord, note.deck());
                if (result.card() == null) {
                    continue;
                }
                Card card = result.card();
                boolean global = !note.guid().isEmpty();
                if (!global) {
                    String key = card.front() + (ord > 0 ? "\u001f" + ord : "");
                    card = new Card(CardIds.of(note.deck(), "", card.kind(), key), card.kind(), "", card.front(),
                            card.back(), List.of(), card.tags());
                }
                String cardKey = (global ? "*" : note.deck().toLowerCase(Locale.ROOT) + "/") + card.id();
                if (cards.remove(cardKey) != null) {
                    repeated++;
                }
                ImportedDeck deck = decks.computeIfAbsent(note.deck().toLowerCase(Locale.ROOT),
                        k -> new ImportedDeck(note.deck(), ""));
                cards.put(cardKey, new ImportedCard(deck, card, global, false, null));
                made = true;
            }
            if (made) {
                notes++;
            } else {
                empty++;
            }
        }
        options.progress().finish();
        List<Skipped> skipped = new ArrayList<>();
        if (empty > 0) {
            skipped.add(new Skipped(empty, "rows that make no card (empty first field, or a cloze without deletions)"));
        }
        if (repeated > 0) {
            skipped.add(new Skipped(repeated, "cards a later row repeats (the later row kept)"));
        }
        return new ImportBatch(source.name(), List.of(), List.copyOf(decks.values()), List.copyOf(cards.values()),
                List.of(), List.of(), notes, skipped);
    }

    /** Anki's rule without a #separator header: the first of tab, pipe, semicolon, colon, comma, space seen. */
    private static char guessSeparator(String body) {
        String sample = body.length() > GUESS_CHARS ? body.substring(0, GUESS_CHARS) : body;
        for (char c : GUESS_ORDER) {
            if (sample.indexOf(c) >= 0) {
                return c;
            }
        }
        return '\t';
    }

    /** One row as a note: its type, fields (as HTML), tags, deck and GUID. */
    private record Note(AnkiCollection.NoteType type, List<String> fields, List<String> tags, String deck,
                        String guid) {
    }

    /**
     * The headers of the file and where the records start.
     *
     * @param columns the names from {@code #columns}, or empty
     * @param guidColumn and the other columns: 0-based, -1 when not given
     */
    private record Header(List<String> globalTags, Character separator, Boolean html, List<String> columnNames,
                          String noteType, String deck, int noteTypeColumn, int deckColumn, int tagsColumn,
                          int guidColumn, int bodyOffset, long bodyFirstLine) {

        static Header parse(String text, String source) {
            List<String> tags = new ArrayList<>();
            Character separator = null;
            Boolean html = null;
            String columns = null;
            String noteType = null;
            String deck = null;
            int noteTypeColumn = -1;
            int deckColumn = -1;
            int tagsColumn = -1;
            int guidColumn = -1;
            int offset = 0;
            long line = 1;
            boolean first = true;
            while (offset < text.length()) {
                int end = text.indexOf('\n', offset);
                int next = end < 0 ? text.length() : end + 1;
                String raw = text.substring(offset, end < 0 ? text.length() : end);
                String l = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
                if (first && l.toLowerCase(Locale.ROOT).startsWith("tags:")) {
                    tags.addAll(CsvImporter.tags(l.substring(5)));
                } else if (l.startsWith("#")) {
                    int colon = l.indexOf(':');
                    if (colon > 0) {
                        String key = l.substring(1, colon).strip().toLowerCase(Locale.ROOT);
                        String value = l.substring(colon + 1);
                        String v = value.strip();
                        switch (key) {
                            case "separator" -> {
                                separator = DelimitedText.separatorNamed(value);
                                if (separator == null) {
                                    throw new GlossException(source + " line " + line + ": unknown separator '" + v
                                            + "' (use Tab, Comma, Semicolon, Pipe, Colon, Space or the character)");
                                }
                            }
                            case "html" -> html = bool(v, source, line);
                            case "tags" -> tags.addAll(CsvImporter.tags(v));
                            case "columns" -> columns = value;
                            case "notetype" -> noteType = v;
                            case "deck" -> deck = v;
                            case "notetype column" -> noteTypeColumn = column(v, source, line);
                            case "deck column" -> deckColumn = column(v, source, line);
                            case "tags column" -> tagsColumn = column(v, source, line);
                            case "guid column" -> guidColumn = column(v, source, line);
                            default -> {
                                // match scope, if matches and keys of newer Ankis change nothing here
                            }
                        }
                    }
                } else {
                    break;
                }
                first = false;
                offset = next;
                line++;
            }
            List<String> names = List.of();
            if (columns != null) {
                char sep = separator == null ? '\t' : separator;
                names = columns.strip().isEmpty() ? List.of() : List.of(columns.strip().split(
                        java.util.regex.Pattern.quote(String.valueOf(sep)), -1));
            }
            return new Header(List.copyOf(tags), separator, html, names, noteType, deck, noteTypeColumn, deckColumn,
                    tagsColumn, guidColumn, offset, line);
        }

        private static Boolean bool(String v, String source, long line) {
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw new GlossException(source + " line " + line + ": #html must be true or false, not '"
                        + v + "'");
            };
        }

        private static int column(String v, String source, long line) {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) {
                    return n - 1;
                }
            } catch (NumberFormatException e) {
                // fall through to the message
            }
            throw new GlossException(source + " line " + line + ": a column number must be 1 or more, not '" + v
                    + "'");
        }

        Note note(DelimitedText.Row row, boolean html, String deckOption, String stem, String source) {
            String typeName = noteTypeColumn >= 0 ? row.cell(noteTypeColumn).strip() : noteType;
            AnkiCollection.NoteType type = AnkiStockNoteTypes.named(typeName);
            Set<Integer> meta = new HashSet<>(List.of(noteTypeColumn, deckColumn, tagsColumn, guidColumn));
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                if (!meta.contains(i)) {
                    free.add(i);
                }
            }
            List<Integer> fieldColumns = fieldColumns(type, free);
            int tagsAt = tagsColumn;
            if (tagsAt < 0) {
                int named = indexOfName("tags");
                if (named >= 0) {
                    tagsAt = named;
                } else if (free.size() > fieldColumns.size()) {
                    tagsAt = free.get(fieldColumns.size()); // Anki: the first free column after the last field
                }
            }
            List<String> fields = new ArrayList<>();
            for (int column : fieldColumns) {
                String value = row.cell(column);
                fields.add(html ? value : DelimitedText.escapeAsHtml(value));
            }
            while (fields.size() < type.fields().size()) {
                fields.add("");
            }
            List<String> tags = new ArrayList<>(globalTags);
            if (tagsAt >= 0) {
                tags.addAll(CsvImporter.tags(row.cell(tagsAt)));
            }
            String deckName = deckOption;
            if (deckName == null) {
                String fromColumn = deckColumn >= 0 ? row.cell(deckColumn).strip() : "";
                deckName = !fromColumn.isEmpty() ? fromColumn : deck != null && !deck.isBlank() ? deck : stem;
            }
            try {
                deckName = DeckNames.normalize(deckName);
            } catch (IllegalArgumentException e) {
                throw new GlossException(source + " line " + row.line() + ": " + e.getMessage());
            }
            String guid = guidColumn >= 0 ? row.cell(guidColumn).strip() : "";
            return new Note(type, fields, List.copyOf(tags), deckName, guid);
        }

        /** The columns holding the note type's fields: by #columns names where they match, else in order. */
        private List<Integer> fieldColumns(AnkiCollection.NoteType type, List<Integer> free) {
            List<Integer> out = new ArrayList<>();
            int next = 0;
            for (String field : type.fields()) {
                int named = indexOfName(field);
                if (named >= 0) {
                    out.add(named);
                } else {
                    while (next < free.size() && out.contains(free.get(next))) {
                        next++;
                    }
                    if (next < free.size()) {
                        out.add(free.get(next++));
                    }
                }
            }
            return out;
        }

        private int indexOfName(String name) {
            for (int i = 0; i < columnNames.size(); i++) {
                if (columnNames.get(i).strip().equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
