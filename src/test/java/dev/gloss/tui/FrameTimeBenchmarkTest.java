package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.gloss.deck.TestDecks;
import dev.gloss.stats.StatsReport;
import dev.gloss.store.ConfigStore;
import dev.gloss.store.Database;
import dev.gloss.store.SqliteStudyStore;
import dev.gloss.study.Answer;
import dev.gloss.study.DeckAnswer;
import dev.gloss.study.DeckRef;
import dev.gloss.study.QuizMode;
import dev.gloss.study.SessionOptions;
import dev.gloss.study.Setting;
import dev.gloss.study.Settings;
import dev.gloss.study.StudyCard;
import dev.gloss.study.StudySession;
import dev.gloss.study.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.gloss.tui.StudyFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a key takes to become a frame, on a virtual terminal over a real collection file. A
 * rating key commits the answer (durably: synchronous=FULL, so a disk flush) and then draws the next
 * card; the commit is timed on its own, so the drawing that follows it can be checked against a
 * frame (16 ms) whatever the disk does. Printed for people; the bounds leave room for a busy box.
 */
class FrameTimeBenchmarkTest {
    private static final int WARM_UP = 30;
    private static final int MEASURED = 120;
    private static final long FRAME_NANOS = 16_000_000L;

    @TempDir
    Path dir;

    @Test
    void theNextCardIsDrawnWellWithinAFrameOfTheCommit() {
        try (Database db = Database.open(dir.resolve("gloss.db"))) {
            StudyFixture.save(db, TestDecks.terms("Words", 2 * (WARM_UP + MEASURED) + 10));
            new ConfigStore(db).set("", Setting.NEW_PER_DAY, "9999");
            for (QuizMode mode : new QuizMode[]{QuizMode.FLIP, QuizMode.CHOICE}) {
                TimedStore store = new TimedStore(new SqliteStudyStore(db));
                Clock clock = Clock.fixed(NOW, ScreenHarness.UTC);
                Backend backend = new Backend() {
                    @Override
                    public HomeData home() {
                        return new CollectionBackend(db, clock, ScreenHarness.UTC).home();
                    }

                    @Override
                    public StudySession open(SessionOptions options) {
                        return StudySession.open(store, clock, ScreenHarness.UTC, options);
                    }

                    @Override
                    public StatsReport stats(String deck) {
                        return new CollectionBackend(db, clock, ScreenHarness.UTC).stats(deck);
                    }
                };
                ScreenHarness ui = new ScreenHarness(backend, NOW, 100, 30, Palette.colour(), System::nanoTime)
                        .study("Words", mode);
                List<Long> redraws = new ArrayList<>();
                List<Long> commits = new ArrayList<>();
                List<Long> nextCards = new ArrayList<>();
                for (int i = 0; i < WARM_UP + MEASURED; i++) {
                    int before = ui.frameTimes.keyToFrameNanos().size();
                    if (mode == QuizMode.FLIP) {
                        ui.type(" ").run();
                        ui.type("3").run();
                    } else {
                        ui.press(KeyType.ArrowDown).run();
                        ui.type(String.valueOf(optionOf(ui))).run();
                    }
                    List<Long> frames = ui.frameTimes.keyToFrameNanos();
                    if (i >= WARM_UP) {
                        redraws.add(frames.get(before));
                        commits.add(store.lastCommitNanos);
                        nextCards.add(frames.get(before + 1) - store.lastCommitNanos);
                    }
                }
                System.out.printf("%s mode at 100x30 (medians, p95 in brackets): %s %.2f ms (%.2f); answer commit"
                                + " %.2f ms (%.2f); then the next card drawn %.2f ms (%.2f), max %.2f ms%n", mode.id(),
                        mode == QuizMode.FLIP ? "reveal" : "scroll", ms(median(redraws)), ms(p95(redraws)),
                        ms(median(commits)), ms(p95(commits)), ms(median(nextCards)), ms(p95(nextCards)),
                        ms(max(nextCards)));
                assertThat(median(redraws)).as("a key that only redraws").isLessThan(FRAME_NANOS);
                assertThat(median(nextCards)).as("the next card drawn after the commit").isLessThan(FRAME_NANOS / 2);
            }
        }
    }

    private static int optionOf(ScreenHarness ui) {
        String text = ui.text();
        int term = Integer.parseInt(text.replaceAll("(?s).*\\n Term (\\d+)\\n.*", "$1"));
        for (String line : ui.lines()) {
            if (line.matches(" [1-4]  The meaning of term number " + term + "\\.")) {
                return line.charAt(1) - '0';
            }
        }
        throw new AssertionError(text);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static long p95(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() * 95 / 100);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The SQLite store, with the time of its last answer commit noted. */
    private static final class TimedStore implements StudyStore {
        private final StudyStore store;
        long lastCommitNanos;

        TimedStore(StudyStore store) {
            this.store = store;
        }

        @Override
        public void saveAnswer(Answer answer) {
            long start = System.nanoTime();
            store.saveAnswer(answer);
            lastCommitNanos = System.nanoTime() - start;
        }

        @Override
        public List<DeckRef> decks() {
            return store.decks();
        }

        @Override
        public List<StudyCard> dueCards(Collection<Long> deckIds, Instant before, Instant now) {
            return store.dueCards(deckIds, before, now);
        }

        @Override
        public List<StudyCard> newCards(long deckId, int limit, Instant now) {
            return store.newCards(deckId, limit, now);
        }

        @Override
        public Map<Long, Integer> newCardsStudiedSince(Collection<Long> deckIds, Instant since) {
            return store.newCardsStudiedSince(deckIds, since);
        }

        @Override
        public int countDue(Collection<Long> deckIds, Instant before) {
            return store.countDue(deckIds, before);
        }

        @Override
        public List<DeckAnswer> answers(Collection<Long> deckIds) {
            return store.answers(deckIds);
        }

        @Override
        public Optional<StudyCard> undoLastAnswer() {
            return store.undoLastAnswer();
        }

        @Override
        public void suspend(long cardId) {
            store.suspend(cardId);
        }

        @Override
        public void bury(long cardId, Instant until) {
            store.bury(cardId, until);
        }

        @Override
        public void editText(long cardId, String front, String back) {
            store.editText(cardId, front, back);
        }

        @Override
        public Settings settingsFor(String deckName) {
            return store.settingsFor(deckName);
        }
    }
}
