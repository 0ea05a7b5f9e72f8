package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.gloss.deck.TestDecks;
import dev.gloss.store.ConfigStore;
import dev.gloss.store.Database;
import dev.gloss.study.QuizMode;
import dev.gloss.study.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.gloss.tui.StudyFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a key takes to become a frame, on a virtual terminal over a real collection file: a key
 * that only redraws (reveal), and a rating key, which commits the answer (durably, synchronous=FULL)
 * and draws the next card. Printed for people; the assertions are loose enough for a busy CI box.
 */
class FrameTimeBenchmarkTest {
    private static final int WARM_UP = 30;
    private static final int MEASURED = 120;

    @TempDir
    Path dir;

    @Test
    void aKeyBecomesTheNextFrameWithinAFrame() {
        try (Database db = Database.open(dir.resolve("gloss.db"))) {
            StudyFixture.save(db, TestDecks.terms("Words", WARM_UP + MEASURED + 10));
            new ConfigStore(db).set("", Setting.NEW_PER_DAY, "9999");
            for (QuizMode mode : new QuizMode[]{QuizMode.FLIP, QuizMode.CHOICE}) {
                ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30, Palette.colour(), System::nanoTime)
                        .study("Words", mode);
                List<Long> draws = new ArrayList<>();
                List<Long> commits = new ArrayList<>();
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
                        draws.add(frames.get(before));
                        commits.add(frames.get(before + 1));
                    }
                }
                long drawMedian = median(draws);
                long commitMedian = median(commits);
                System.out.printf("%s mode, 100x30: redraw only median %.2f ms (p95 %.2f); answer committed and next"
                                + " card drawn median %.2f ms (p95 %.2f, max %.2f)%n", mode.id(), drawMedian / 1e6,
                        p95(draws) / 1e6, commitMedian / 1e6, p95(commits) / 1e6, max(commits) / 1e6);
                if (mode == QuizMode.FLIP) {
                    System.out.printf("  of which the commit alone (review log row and card, synchronous=FULL): median"
                            + " %.2f ms%n", commitAlone(db) / 1e6);
                }
                assertThat(drawMedian).as("redraw median").isLessThan(16_000_000L);
                assertThat(commitMedian).as("commit and next frame median").isLessThan(16_000_000L);
            }
        }
    }

    /** The median time of StudySession.answer, which writes the answer in one transaction. */
    private static long commitAlone(Database db) {
        dev.gloss.study.StudySession session = dev.gloss.study.StudySession.open(
                new dev.gloss.store.SqliteStudyStore(db), java.time.Clock.fixed(NOW.plusSeconds(7200),
                        ScreenHarness.UTC), ScreenHarness.UTC, new dev.gloss.study.SessionOptions("Words", null, null,
                        "flip"));
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 8 && session.current().isPresent(); i++) {
            long start = System.nanoTime();
            session.answer(dev.gloss.schedule.Rating.GOOD, java.time.Duration.ofSeconds(1));
            times.add(System.nanoTime() - start);
        }
        return median(times);
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
}
