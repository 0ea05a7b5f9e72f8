package dev.gloss.exchange;

import dev.gloss.store.ExportStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the review log in the FSRS convention that the FSRS optimizer and benchmark read:
 * {@code card_id,review_time,review_rating,review_state,review_duration} (epoch ms, 1–4, state before the
 * answer 0–3, ms). The card id is the card's stable number ({@link dev.gloss.store.CardNumbers}).
 */
public final class RevlogCsvWriter {
    private final Writer out;

    public RevlogCsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write(String.join(",", RevlogImporter.COLUMNS) + "\n");
    }

    public void write(ExportStore.ReviewRow row) {
        try {
            out.write(row.cardNumber() + "," + row.reviewedAtMs() + "," + row.rating() + "," + row.stateBefore() + ","
                    + row.durationMs() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
