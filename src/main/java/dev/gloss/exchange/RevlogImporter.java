package dev.gloss.exchange;

import dev.gloss.GlossException;
import dev.gloss.schedule.Rating;
import dev.gloss.schedule.State;
import dev.gloss.store.CardRef;
import dev.gloss.store.ImportBatch;
import dev.gloss.store.ImportedReview;
import dev.gloss.store.Skipped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Review logs in the FSRS convention ({@code card_id,review_time,review_rating,review_state,review_duration}),
 * as {@code gloss revlog export} writes them: the history is added to the cards the ids name (see
 * {@link dev.gloss.store.CardNumbers}), in this collection or in a deck imported by the same command, and their
 * FSRS state is rebuilt from it. Rating 0 rows (manual changes) are left out.
 */
final class RevlogImporter implements Importer {
    static final List<String> COLUMNS = List.of("card_id", "review_time", "review_rating", "review_state",
            "review_duration");

    @Override
    public String format() {
        return "revlog";
    }

    @Override
    public String description() {
        return "FSRS review log (.csv)";
    }

    @Override
    public boolean recognizes(ImportSource source) {
        String first = source.headText().lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return first.contains("card_id") && first.contains("review_time") && first.contains("review_rating");
    }

    @Override
    public ImportBatch read(ImportSource source, ImportOptions options) {
        String text = DelimitedText.read(source.path(), source.name());
        List<DelimitedText.Row> rows = DelimitedText.rows(text, 1, ',', false, source.name());
        if (rows.isEmpty()) {
            throw new GlossException(source.name() + ": the file is empty; expected a header row "
                    + String.join(",", COLUMNS));
        }
        List<String> header = rows.get(0).cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        int card = required(header, "card_id", source);
        int time = required(header, "review_time", source);
        int rating = required(header, "review_rating", source);
        int state = header.indexOf("review_state");
        int duration = header.indexOf("review_duration");
        List<ImportedReview> reviews = new ArrayList<>();
        int manual = 0;
        for (DelimitedText.Row r : rows.subList(1, rows.size())) {
            if (r.cells().size() != header.size()) {
                throw new GlossException(source.name() + " line " + r.line() + ": " + r.cells().size()
                        + " columns, expected " + header.size() + " (as in the header)");
            }
            long cardId = number(r, card, "card_id", source, 1, Long.MAX_VALUE);
            long at = number(r, time, "review_time", source, 0, Long.MAX_VALUE);
            int grade = (int) number(r, rating, "review_rating", source, 0, 4);
            if (grade == 0) {
                manual++;
                continue;
            }
            State before = null;
            if (state >= 0 && !r.cell(state).isBlank()) {
                long s = number(r, state, "review_state", source, 0, 5);
                before = s <= 3 ? State.of((int) s) : null;
            }
            long ms = duration >= 0 && !r.cell(duration).isBlank()
                    ? number(r, duration, "review_duration", source, 0, Long.MAX_VALUE) : 0;
            reviews.add(new ImportedReview(new CardRef.ByNumber(cardId), java.time.Instant.ofEpochMilli(at),
                    Rating.of(grade), ms, before, 0, 0, null));
        }
        List<Skipped> skipped = manual == 0 ? List.of()
                : List.of(new Skipped(manual, "manual entries (rating 0)"));
        return new ImportBatch(source.name(), List.of(), List.of(), List.of(), reviews, List.of(), 0, skipped);
    }

    private static int required(List<String> header, String column, ImportSource source) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new GlossException(source.name() + " line 1: no " + column + " column (a review log needs "
                    + "card_id, review_time, review_rating)");
        }
        return i;
    }

    private static long number(DelimitedText.Row r, int column, String name, ImportSource source, long min, long max) {
        String v = r.cell(column).strip();
        try {
            long n = Long.parseLong(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GlossException(source.name() + " line " + r.line() + ": " + name + " must be a whole number from "
                + min + (max == Long.MAX_VALUE ? " up" : " to " + max) + ", not '" + v + "'");
    }
}
