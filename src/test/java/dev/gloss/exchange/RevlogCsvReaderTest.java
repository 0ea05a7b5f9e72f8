package dev.gloss.exchange;

import dev.gloss.GlossException;
import dev.gloss.schedule.optimizer.ReviewRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevlogCsvReaderTest {

    private static List<ReviewRecord> read(String csv) throws IOException {
        return RevlogCsvReader.read(new StringReader(csv), "revlog.csv");
    }

    @Test
    void readsRowsByColumnNameAndIgnoresExtraColumns() throws IOException {
        List<ReviewRecord> records = read("""
                review_state,extra,card_id,review_time,review_rating,review_duration
                0,x,1700000000001,1704099595000,1,5155
                2,y,abc,1704103919000,3,
                """);
        assertThat(records).containsExactly(
                new ReviewRecord("1700000000001", 1704099595000L, 1, 0, 5155),
                new ReviewRecord("abc", 1704103919000L, 3, 2, 0));
    }

    @Test
    void dropsManualEntriesWithRatingZero() throws IOException {
        List<ReviewRecord> records = read("""
                card_id,review_time,review_rating,review_state,review_duration
                1,1000,0,2,0
                1,2000,3,0,10
                """);
        assertThat(records).extracting(ReviewRecord::reviewTimeMs).containsExactly(2000L);
    }

    @Test
    void durationColumnIsOptional() throws IOException {
        assertThat(read("card_id,review_time,review_rating,review_state\n7,5,2,1\n"))
                .containsExactly(new ReviewRecord("7", 5, 2, 1, 0));
    }

    @Test
    void badRatingNamesFileLineAndField() {
        String csv = "card_id,review_time,review_rating,review_state,review_duration\n"
                + "1,1000,3,0,10\n".repeat(15)
                + "1,2000,7,2,10\n";
        assertThatThrownBy(() -> read(csv))
                .isInstanceOf(GlossException.class)
                .hasMessage("revlog.csv line 17: review_rating must be 0..4, got 7");
    }

    @Test
    void lineNumbersCountBlankLinesAndQuotedLineBreaks() {
        String csv = "card_id,review_time,review_rating,review_state,review_duration\n"
                + "1,1000,3,0,10\n"
                + "\n"
                + "\"multi\nline\",1000,3,0,10\n"
                + "2,later,3,0,10\n";
        assertThatThrownBy(() -> read(csv))
                .hasMessage("revlog.csv line 6: review_time must be an epoch time in milliseconds, got 'later'");
    }

    @Test
    void lineNumberAfterABlankLine() {
        String csv = "card_id,review_time,review_rating,review_state,review_duration\n"
                + "1,1000,3,0,10\n"
                + "\n"
                + "1,1000,5,0,10\n";
        assertThatThrownBy(() -> read(csv)).hasMessage("revlog.csv line 4: review_rating must be 0..4, got 5");
    }

    @Test
    void rejectsBadStateMissingValuesAndMissingColumns() {
        String header = "card_id,review_time,review_rating,review_state,review_duration\n";
        assertThatThrownBy(() -> read(header + "1,1000,3,9,10\n"))
                .hasMessage("revlog.csv line 2: review_state must be 0..5, got 9");
        assertThatThrownBy(() -> read(header + ",1000,3,0,10\n"))
                .hasMessage("revlog.csv line 2: card_id is missing");
        assertThatThrownBy(() -> read(header + "1,1000,3,0,-5\n"))
                .hasMessage("revlog.csv line 2: review_duration must be a number of milliseconds, 0 or more, got -5");
        assertThatThrownBy(() -> read("card_id,review_time,review_rating\n1,2,3\n"))
                .isInstanceOf(GlossException.class)
                .hasMessageStartingWith("revlog.csv line 1: missing column review_state");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(GlossException.class)
                .hasMessageStartingWith("revlog.csv: the file is empty");
    }

    @Test
    void readsFromAPathAndNamesMissingFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "card_id,review_time,review_rating,review_state,review_duration\n1,1,1,0,1\n");
        assertThat(RevlogCsvReader.read(file)).hasSize(1);
        assertThatThrownBy(() -> RevlogCsvReader.read(dir.resolve("nope.csv")))
                .isInstanceOf(GlossException.class)
                .hasMessage("nope.csv: no such file");
    }
}
