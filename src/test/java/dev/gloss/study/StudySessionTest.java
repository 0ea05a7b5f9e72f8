package dev.gloss.study;

import dev.gloss.GlossException;
import dev.gloss.deck.TestDecks;
import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Rating;
import dev.gloss.schedule.State;
import dev.gloss.store.CardInfo;
import dev.gloss.store.CardStore;
import dev.gloss.store.ConfigStore;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudySessionTest {
    private static final Instant MONDAY_10 = Instant.parse("2026-01-05T10:00:00Z");
    private static final ZoneId UTC = ZoneOffset.UTC;

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("gloss.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StudySession session(Instant now, SessionOptions options) {
        return StudySession.open(new SqliteStudyStore(db), Clock.fixed(now, UTC), UTC, options);
    }

    @Test
    void newCardsComeInDeckOrderUpToTheDailyLimit() {
        new DeckSaver(db).save(TestDecks.terms("Words", 30), MONDAY_10, false);
        StudySession s = session(MONDAY_10, SessionOptions.all());
        assertThat(s.counts()).isEqualTo(new Counts(20, 0, 0));
        assertThat(s.current()).get().extracting(StudyCard::front).isEqualTo("Term 1");
    }

    @Test
    void theDailyLimitCountsNewCardsAlreadyStudiedToday() {
        new DeckSaver(db).save(TestDecks.terms("Words", 30), MONDAY_10, false);
        StudySession first = session(MONDAY_10, SessionOptions.all());
        for (int i = 0; i < 5; i++) {
            first.answer(Rating.EASY, Duration.ofSeconds(2));
        }
        StudySession later = session(MONDAY_10.plusSeconds(3600), SessionOptions.all());
        assertThat(later.counts().newCards()).isEqualTo(15);
        assertThat(later.current()).get().extracting(StudyCard::front).isEqualTo("Term 6");
    }

    @Test
    void theDailyLimitIsConfigurable() {
        new DeckSaver(db).save(TestDecks.terms("Words", 30), MONDAY_10, false);
        new ConfigStore(db).set("", Setting.NEW_PER_DAY, "3");
        assertThat(session(MONDAY_10, SessionOptions.all()).counts().newCards()).isEqualTo(3);
    }

    @Test
    void everyAnswerIsInTheDatabaseBeforeTheNextCardIsShown() {
        new DeckSaver(db).save(TestDecks.terms("Words", 3), MONDAY_10, false);
        StudySession s = session(MONDAY_10, SessionOptions.all());
        s.answer(Rating.GOOD, Duration.ofSeconds(4));

        try (Database other = Database.open(dir.resolve("gloss.db"))) {
            CardInfo card = new CardStore(other).list(null, null).get(0);
            assertThat(card.schedule().state()).isEqualTo(State.LEARNING);
            assertThat(card.schedule().due()).isEqualTo(MONDAY_10.plus(Duration.ofMinutes(10)));
            assertThat(reviewCount(other)).isEqualTo(1);
        }
    }

    @Test
    void learningCardsComeBackInTheSameSessionWithinTheLearnAheadLimit() {
        new DeckSaver(db).save(TestDecks.terms("Words", 1), MONDAY_10, false);
        StudySession s = session(MONDAY_10, SessionOptions.all());
        s.answer(Rating.AGAIN, Duration.ZERO); // due in 1 minute
        assertThat(s.current()).get().extracting(c -> c.schedule().state()).isEqualTo(State.LEARNING);
        s.answer(Rating.GOOD, Duration.ZERO); // step 1: due in 10 minutes
        s.answer(Rating.GOOD, Duration.ZERO); // graduates to review
        assertThat(s.current()).isEmpty();
        CardInfo card = new CardStore(db).list(null, null).get(0);
        assertThat(card.schedule().state()).isEqualTo(State.REVIEW);
        assertThat(card.schedule().reps()).isEqualTo(3);
    }

    @Test
    void dueReviewsComeBeforeNewCardsAndLearningCardsBeforeReviews() {
        new DeckSaver(db).save(TestDecks.terms("Words", 3), MONDAY_10, false);
        StudySession day1 = session(MONDAY_10, SessionOptions.all());
        day1.answer(Rating.EASY, Duration.ZERO); // Term 1 -> review in 8 days
        day1.answer(Rating.AGAIN, Duration.ZERO); // Term 2 -> learning

        StudySession later = session(MONDAY_10.plus(Duration.ofDays(10)), new SessionOptions(null, 0, null, "flip"));
        assertThat(later.current()).get().extracting(StudyCard::front).isEqualTo("Term 2");
        later.answer(Rating.EASY, Duration.ZERO);
        assertThat(later.current()).get().extracting(StudyCard::front).isEqualTo("Term 1");
    }

    @Test
    void undoRestoresTheCardExactlyEvenAfterARestart() {
        new DeckSaver(db).save(TestDecks.terms("Words", 2), MONDAY_10, false);
        StudySession s = session(MONDAY_10, SessionOptions.all());
        CardSchedule before = s.current().orElseThrow().schedule();
        s.answer(Rating.EASY, Duration.ofSeconds(5));

        StudySession restarted = session(MONDAY_10.plusSeconds(60), SessionOptions.all());
        assertThat(restarted.current()).get().extracting(StudyCard::front).isEqualTo("Term 2");
        StudyCard undone = restarted.undo().orElseThrow();

        assertThat(undone.front()).isEqualTo("Term 1");
        assertThat(undone.schedule()).isEqualTo(before);
        assertThat(restarted.current()).get().extracting(StudyCard::front).isEqualTo("Term 1");
        assertThat(reviewCount(db)).isZero();
        assertThat(restarted.undo()).isEmpty();
    }

    @Test
    void undoInsideASessionTakesBackTheCountsToo() {
        new DeckSaver(db).save(TestDecks.terms("Words", 2), MONDAY_10, false);
        StudySession s = session(MONDAY_10, SessionOptions.all());
        s.answer(Rating.AGAIN, Duration.ofSeconds(5));
        s.undo();
        assertThat(s.summary().answered()).isZero();
        assertThat(s.counts()).isEqualTo(new Counts(2, 0, 0));
    }

    @Test
    void buriedCardsReturnTheNextStudyDayAndSuspendedOnesDoNot() {
        new DeckSaver(db).save(TestDecks.terms("Words", 2), MONDAY_10, false);
        StudySession s = session(MONDAY_10, SessionOptions.all());
        s.bury();
        s.suspend();
        assertThat(s.current()).isEmpty();
        assertThat(session(MONDAY_10.plusSeconds(3600), SessionOptions.all()).current()).isEmpty();
        // the next study day starts at 04:00
        StudySession tomorrow = session(Instant.parse("2026-01-06T04:00:00Z"), SessionOptions.all());
        assertThat(tomorrow.counts()).isEqualTo(new Counts(1, 0, 0));
        assertThat(tomorrow.current()).get().extracting(StudyCard::front).isEqualTo("Term 1");
    }

    @Test
    void aSessionPastMidnightStillBelongsToTheEveningsStudyDay() {
        new DeckSaver(db).save(TestDecks.terms("Words", 30), MONDAY_10, false);
        StudySession evening = session(Instant.parse("2026-01-05T23:00:00Z"), SessionOptions.all());
        for (int i = 0; i < 20; i++) {
            evening.answer(Rating.EASY, Duration.ZERO);
        }
        assertThat(session(Instant.parse("2026-01-06T01:00:00Z"), SessionOptions.all()).counts().newCards()).isZero();
        assertThat(session(Instant.parse("2026-01-06T05:00:00Z"), SessionOptions.all()).counts().newCards()).isEqualTo(10);
    }

    @Test
    void elapsedDaysAreCountedInStudyDays() {
        new DeckSaver(db).save(TestDecks.terms("Words", 1), MONDAY_10, false);
        StudySession s = session(Instant.parse("2026-01-05T03:00:00Z"), SessionOptions.all()); // Sunday's study day
        s.answer(Rating.EASY, Duration.ZERO);
        StudySession next = session(Instant.parse("2026-01-13T05:00:00Z"), new SessionOptions(null, 0, null, "flip"));
        Answer a = next.answer(Rating.GOOD, Duration.ZERO);
        // 2026-01-04 (study day of 03:00 on the 5th) to 2026-01-13: 9 study days
        assertThat(a.elapsedDays()).isEqualTo(9);
        assertThat(a.retrievability()).isNotNull();
    }

    @Test
    void timeOnACardIsCappedAtSixtySeconds() {
        new DeckSaver(db).save(TestDecks.terms("Words", 1), MONDAY_10, false);
        Answer a = session(MONDAY_10, SessionOptions.all()).answer(Rating.GOOD, Duration.ofMinutes(5));
        assertThat(a.durationMs()).isEqualTo(60_000);
    }

    @Test
    void studyingADeckIncludesItsSubDecksOnly() {
        new DeckSaver(db).save(TestDecks.terms("Lang::Spanish", 2), MONDAY_10, false);
        new DeckSaver(db).save(TestDecks.terms("Lang::French", 3), MONDAY_10, false);
        new DeckSaver(db).save(TestDecks.terms("Other", 4), MONDAY_10, false);
        assertThat(session(MONDAY_10, SessionOptions.deck("lang")).counts().newCards()).isEqualTo(5);
        assertThat(session(MONDAY_10, SessionOptions.deck("Lang::French")).counts().newCards()).isEqualTo(3);
        assertThatThrownBy(() -> session(MONDAY_10, SessionOptions.deck("Lan")))
                .isInstanceOf(GlossException.class).hasMessageContaining("no deck named 'Lan'");
    }

    @Test
    void previewShowsWhatEachRatingWouldDo() {
        new DeckSaver(db).save(TestDecks.terms("Words", 1), MONDAY_10, false);
        Map<Rating, CardSchedule> preview = session(MONDAY_10, SessionOptions.all()).preview();
        assertThat(IntervalLabel.between(MONDAY_10, preview.get(Rating.AGAIN).due())).isEqualTo("1m");
        assertThat(IntervalLabel.between(MONDAY_10, preview.get(Rating.HARD).due())).isEqualTo("6m");
        assertThat(IntervalLabel.between(MONDAY_10, preview.get(Rating.GOOD).due())).isEqualTo("10m");
        assertThat(IntervalLabel.between(MONDAY_10, preview.get(Rating.EASY).due())).isEqualTo("8d");
    }

    @Test
    void theSummaryCountsAnswersAccuracyTimeAndTomorrow() {
        new DeckSaver(db).save(TestDecks.terms("Words", 4), MONDAY_10, false);
        new ConfigStore(db).set("", Setting.FUZZ, "off");
        StudySession s = session(MONDAY_10, new SessionOptions(null, null, 4, "flip"));
        s.answer(Rating.AGAIN, Duration.ofSeconds(10));
        s.answer(Rating.EASY, Duration.ofSeconds(20));
        s.answer(Rating.EASY, Duration.ofSeconds(30));
        s.answer(Rating.GOOD, Duration.ofSeconds(40));
        assertThat(s.current()).isEmpty(); // the limit of 4 answers
        Summary summary = s.summary();
        assertThat(summary.answered()).isEqualTo(4);
        assertThat(summary.accuracy()).isEqualTo(0.75);
        assertThat(summary.time()).isEqualTo(Duration.ofSeconds(100));
        assertThat(summary.newLearned()).isEqualTo(4);
        assertThat(summary.dueTomorrow()).isEqualTo(2); // the two learning cards; the easy ones are due in 8 days
    }

    private static int reviewCount(Database db) {
        return db.query(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM review_log")) {
                return rs.getInt(1);
            }
        });
    }

}
