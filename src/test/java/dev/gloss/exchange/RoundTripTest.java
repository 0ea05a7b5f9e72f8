package dev.gloss.exchange;

import dev.gloss.cli.CliRunner;
import dev.gloss.deck.TestDecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Export, then import into a fresh collection: the same cards, the same history, the same states. */
class RoundTripTest {
    private static final String CARD_COLUMNS = "SELECT d.name, c.uid, c.kind, c.entry, c.front, c.back, c.choices,"
            + " c.tags, c.state, c.stability, c.difficulty, c.due, c.last_review, c.scheduled_days, c.step, c.reps,"
            + " c.lapses FROM card c JOIN deck d ON d.id = c.deck_id ORDER BY d.name, c.uid";
    private static final String REVIEW_COLUMNS = "SELECT c.uid, r.reviewed_at, r.rating, r.state, r.elapsed_days,"
            + " r.scheduled_days, r.duration_ms, r.stability, r.difficulty, r.retrievability FROM review_log r"
            + " JOIN card c ON c.id = r.card_id ORDER BY r.reviewed_at, c.uid";

    @TempDir
    Path dir;
    Collection original;

    @BeforeEach
    void studiedCollection() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        original = new Collection(dir.resolve("a"));
        original.importing(original.write("words.json", DeckJson.toJson(TestDecks.terms("Words", 4))));
        original.importing(original.write("other.json", DeckJson.toJson(TestDecks.terms("Other::Sub", 2))));
        CliRunner gloss = original.gloss;
        assertThat(gloss.now("2026-01-05T10:00:00Z").runWithInput("\n3\n\n1\n\n4\n\n2\n\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n",
                "study", "--plain", "Words").code()).isZero();
        assertThat(gloss.now("2026-01-07T09:00:00Z").runWithInput("\n3\n\n1\n\n4\n\n3\n", "study", "--plain")
                .code()).isZero();
        assertThat(gloss.now("2026-01-20T12:00:00Z").runWithInput("\n3\n".repeat(8), "study", "--plain").code())
                .isZero();
        assertThat(original.rows("SELECT count(*) FROM review_log").get(0)).isNotEqualTo("0");
    }

    @Test
    void deckFilesAndTheReviewLogBringBackCardsHistoryAndStates() throws Exception {
        Path words = dir.resolve("words-export.json");
        Path sub = dir.resolve("sub-export.json");
        Path revlog = dir.resolve("revlog.csv");
        assertThat(original.run("export", "Words", "-o", words.toString()).code()).isZero();
        assertThat(original.run("export", "Other::Sub", "-o", sub.toString()).code()).isZero();
        assertThat(original.run("revlog", "export", "-o", revlog.toString()).code()).isZero();

        Files.createDirectories(dir.resolve("b"));
        Collection fresh = new Collection(dir.resolve("b"));
        String out = fresh.importing(words, sub, revlog);

        assertThat(out).contains("imported Words: 4 added").contains("imported Other::Sub: 2 added")
                .contains(revlog + ": " + original.rows("SELECT count(*) FROM review_log").get(0) + " reviews");
        assertThat(fresh.rows(CARD_COLUMNS)).isEqualTo(original.rows(CARD_COLUMNS));
        assertThat(fresh.rows(REVIEW_COLUMNS)).isEqualTo(original.rows(REVIEW_COLUMNS));
        assertThat(fresh.run("export", "Words").out()).isEqualTo(original.run("export", "Words").out());
        assertThat(fresh.run("revlog", "export").out()).isEqualTo(original.run("revlog", "export").out());

        String again = fresh.importing(words, sub, revlog);
        assertThat(again).contains("0 reviews (");
        assertThat(fresh.rows(REVIEW_COLUMNS)).isEqualTo(original.rows(REVIEW_COLUMNS));
    }

    @Test
    void theRevlogExportIsTheFsrsConvention() {
        String csv = original.run("revlog", "export").out();

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("card_id,review_time,review_rating,review_state,review_duration");
        assertThat(lines).hasSize(1 + Integer.parseInt(original.rows("SELECT count(*) FROM review_log").get(0)));
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("\\d+,\\d{13},[1-4],[0-3],\\d+"));
        assertThat(lines.get(1)).matches("\\d+,1767607200000,3,0,\\d+");
    }

    @Test
    void theRevlogExportCanBeLimitedToADeck() {
        String csv = original.run("revlog", "export", "--deck", "Other").out();

        assertThat(csv.lines().count() - 1).isEqualTo(Long.parseLong(original.rows("SELECT count(*) FROM review_log r"
                + " JOIN card c ON c.id = r.card_id JOIN deck d ON d.id = c.deck_id WHERE d.name = 'Other::Sub'")
                .get(0)));
    }
}
