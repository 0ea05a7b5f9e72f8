package dev.gloss.study;

import dev.gloss.deck.TestDecks;
import dev.gloss.schedule.Rating;
import dev.gloss.store.Database;
import dev.gloss.store.DeckSaver;
import dev.gloss.store.SqliteStudyStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quiz modes against a real collection: the mode used is logged, and the deck's answers are read in one go. */
class QuizSessionTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("gloss.db"));
        new DeckSaver(db).save(TestDecks.terms("Words", 6), NOW, false);
        new DeckSaver(db).save(TestDecks.terms("Other", 2), NOW, false);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StudySession session(String mode) {
        return StudySession.open(new SqliteStudyStore(db), Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC,
                new SessionOptions("Words", null, null, mode));
    }

    @Test
    void eachAnswerRecordsTheModeActuallyUsed() {
        StudySession s = session("mixed");
        s.answer(Rating.GOOD, Duration.ofSeconds(3), QuizMode.CHOICE);
        s.answer(Rating.AGAIN, Duration.ofSeconds(3), QuizMode.TYPE);
        s.answer(Rating.EASY, Duration.ofSeconds(3), QuizMode.FLIP);
        assertThat(loggedModes()).containsExactly("choice", "type", "flip");
        assertThatThrownBy(() -> s.answer(Rating.GOOD, Duration.ZERO, QuizMode.MIXED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.answer(Rating.GOOD, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTwoArgumentAnswerRecordsTheSessionsMode() {
        session("type").answer(Rating.GOOD, Duration.ofSeconds(3));
        assertThat(loggedModes()).containsExactly("type");
    }

    @Test
    void theDecksAnswersComeFromTheSessionsDecksOnly() {
        List<DeckAnswer> answers = session("choice").deckAnswers();
        assertThat(answers).hasSize(6);
        assertThat(answers).extracting(DeckAnswer::answer).contains("The meaning of term number 1.");
    }

    @Test
    void aChoiceSessionOffersOtherDefinitionsOfTheDeck() {
        StudySession s = session("choice");
        QuizPlanner planner = QuizPlanner.forSession(QuizMode.CHOICE, s);
        Question q = planner.question(s.current().orElseThrow());
        assertThat(q).isInstanceOf(Question.Choice.class);
        Choices c = ((Question.Choice) q).choices();
        assertThat(c.answer()).isEqualTo("The meaning of term number 1.");
        assertThat(c.options()).hasSize(4).allMatch(o -> o.startsWith("The meaning of term number"));
    }

    private List<String> loggedModes() {
        return db.query(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT mode FROM review_log ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
