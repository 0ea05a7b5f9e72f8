package dev.gloss.exchange;

import dev.gloss.GlossException;
import dev.gloss.schedule.optimizer.ReviewRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a review log in the FSRS optimizer CSV convention:
 * {@code card_id,review_time,review_rating,review_state,review_duration} with a header row, columns
 * found by name (others ignored), review_time in epoch milliseconds. card_id may be an integer or
 * text. Rows with rating 0 (manual entries) are dropped. review_duration may be missing or empty (0).
 */
public final class RevlogCsvReader {
    static final String CARD_ID = "card_id";
    static final String REVIEW_TIME = "review_time";
    static final String REVIEW_RATING = "review_rating";
    static final String REVIEW_STATE = "review_state";
    static final String REVIEW_DURATION = "review_duration";
    private static final List<String> REQUIRED = List.of(CARD_ID, REVIEW_TIME, REVIEW_RATING, REVIEW_STATE);

    private RevlogCsvReader() {
    }

    public static List<ReviewRecord> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name);
        } catch (NoSuchFileException e) {
            throw new GlossException(name + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new GlossException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /** @param sourceName the file name used in error messages */
    public static List<ReviewRecord> read(Reader reader, String sourceName) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<ReviewRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                throw new GlossException(sourceName + ": the file is empty; expected a header row "
                        + "card_id,review_time,review_rating,review_state,review_duration");
            }
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw new GlossException(sourceName + " line 1: missing column " + column
                            + " (the header needs card_id, review_time, review_rating, review_state)");
                }
            }
            boolean hasDuration = header.containsKey(REVIEW_DURATION);
            for (CSVRecord row : parser) {
                long line = firstLineOf(row, parser.getCurrentLineNumber());
                RowReader fields = new RowReader(row, sourceName, line);
                String cardId = fields.text(CARD_ID);
                long time = fields.integer(REVIEW_TIME, 0, Long.MAX_VALUE, "an epoch time in milliseconds");
                int rating = (int) fields.integer(REVIEW_RATING, 0, 4, "0..4");
                int state = (int) fields.integer(REVIEW_STATE, 0, 5, "0..5");
                long duration = hasDuration && !fields.isBlank(REVIEW_DURATION)
                        ? fields.integer(REVIEW_DURATION, 0, Long.MAX_VALUE, "a number of milliseconds, 0 or more")
                        : 0;
                if (rating == 0) {
                    continue;
                }
                records.add(new ReviewRecord(cardId, time, rating, state, duration));
            }
        } catch (UncheckedIOException e) {
            throw new GlossException(sourceName + ": malformed CSV (" + e.getCause().getMessage() + ")", e);
        }
        return records;
    }

    /** The parser reports the line a record ends on; a quoted value may span several lines. */
    private static long firstLineOf(CSVRecord row, long lastLine) {
        long breaks = 0;
        for (String value : row) {
            for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
                breaks++;
            }
        }
        return lastLine - breaks;
    }

    /** Field access for one row, with errors naming file, line and column. */
    private record RowReader(CSVRecord row, String sourceName, long line) {
        boolean isBlank(String column) {
            return !row.isSet(column) || row.get(column).isEmpty();
        }

        String text(String column) {
            if (isBlank(column)) {
                throw error(column + " is missing");
            }
            return row.get(column);
        }

        long integer(String column, long min, long max, String expected) {
            String value = text(column);
            long parsed;
            try {
                parsed = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw error(column + " must be " + expected + ", got '" + value + "'");
            }
            if (parsed < min || parsed > max) {
                throw error(column + " must be " + expected + ", got " + parsed);
            }
            return parsed;
        }

        GlossException error(String message) {
            return new GlossException(sourceName + " line " + line + ": " + message);
        }
    }
}
