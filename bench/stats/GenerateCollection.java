import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Fsrs;
import dev.gloss.schedule.Rating;
import dev.gloss.schedule.State;
import dev.gloss.schedule.StudyCalendar;
import dev.gloss.store.Database;
import dev.gloss.study.Settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Writes a benchmark collection: 100,000 cards in 20 decks and three years of FSRS-consistent history,
 * stopping at exactly ROWS review-log rows (default 1,000,000). Deterministic: the same arguments give
 * the same file. Run from the repository root after {@code mvn -DskipTests package}:
 *
 * <pre>java -cp target/gloss.jar bench/stats/GenerateCollection.java OUT.db [ROWS]</pre>
 *
 * The simulated learner studies on most days in Europe/Berlin (day start 04:00): reviews in the morning,
 * new cards and learning steps in the evening, that session sometimes running past midnight. Recall is
 * drawn with probability R^1.15 (the learner forgets a little faster than FSRS predicts), so the
 * calibration figures have something to show.
 */
public final class GenerateCollection {
    static final int CARDS = 100_000;
    static final int DECKS = 20;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final StudyCalendar CALENDAR = new StudyCalendar(ZONE, 4);
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
    static final int DAYS = 3 * 365;
    static final int NEW_PER_DAY = 55;

    private final SplittableRandom random = new SplittableRandom(20260105L);
    private final Fsrs fsrs = new Fsrs(Settings.defaults().schedulerConfig().withFuzz(true));
    private final CardSchedule[] cards = new CardSchedule[CARDS];
    private final PriorityQueue<Integer> byDue =
            new PriorityQueue<>((a, b) -> cards[a].due().compareTo(cards[b].due()));
    private final long rowLimit;
    private final Log log;
    private int introduced;
    private Instant lastAnswer;

    GenerateCollection(long rowLimit, Log log) {
        this.rowLimit = rowLimit;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: GenerateCollection OUT.db [ROWS]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(out + suffix));
        }
        long started = System.nanoTime();
        try (Database db = Database.open(out)) {
            Connection c = db.connection();
            c.setAutoCommit(false);
            Instant created = CALENDAR.startOf(FIRST_DAY).minus(Duration.ofDays(1));
            insertDecksAndCards(c, created);
            Log log = new Log(c);
            GenerateCollection g = new GenerateCollection(rows, log);
            g.simulate();
            log.flush();
            g.saveCards(c);
            c.commit();
            c.setAutoCommit(true);
            try (var st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            System.out.printf("%s: %d cards (%d studied), %d review-log rows, last answer %s, %.1f s%n", out,
                    CARDS, g.introduced, log.rows, g.lastAnswer, (System.nanoTime() - started) / 1e9);
            System.out.println("GLOSS_NOW=" + g.lastAnswer.plus(Duration.ofHours(2)));
        }
    }

    private static void insertDecksAndCards(Connection c, Instant created) throws SQLException {
        long ms = created.toEpochMilli();
        try (PreparedStatement deck = c.prepareStatement(
                "INSERT INTO deck (id, name, description, created_at, modified_at) VALUES (?, ?, ?, ?, ?)")) {
            for (int d = 1; d <= DECKS; d++) {
                deck.setInt(1, d);
                deck.setString(2, deckName(d));
                deck.setString(3, "benchmark deck " + d);
                deck.setLong(4, ms);
                deck.setLong(5, ms);
                deck.addBatch();
            }
            deck.executeBatch();
        }
        try (PreparedStatement card = c.prepareStatement("INSERT INTO card (id, uid, deck_id, kind, front, back,"
                + " position, due, created_at, modified_at) VALUES (?, ?, ?, 'definition', ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < CARDS; i++) {
                card.setLong(1, i + 1);
                card.setString(2, "bench-" + i);
                card.setInt(3, deckOf(i));
                card.setString(4, "Term " + i);
                card.setString(5, "The meaning of term " + i + ".");
                card.setInt(6, i / DECKS);
                card.setLong(7, ms);
                card.setLong(8, ms);
                card.setLong(9, ms);
                card.addBatch();
                if (i % 10_000 == 9_999) {
                    card.executeBatch();
                }
            }
            card.executeBatch();
        }
    }

    static String deckName(int d) {
        // two parents with ten sub-decks each, so "a deck with its sub-decks" can be measured too
        return (d <= 10 ? "Languages::Deck " : "Science::Deck ") + String.format("%02d", d);
    }

    static int deckOf(int card) {
        return card % DECKS + 1;
    }

    void simulate() throws SQLException {
        for (int day = 0; day < DAYS && log.rows < rowLimit; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            if (random.nextDouble() < 0.06) {
                continue; // a day off now and then breaks the streak
            }
            Instant dayStart = CALENDAR.startOf(date);
            Instant endOfDay = CALENDAR.startOf(date.plusDays(1));
            Instant morning = dayStart.plus(Duration.ofMinutes(3 * 60 + 30 + random.nextInt(120)));
            session(morning, endOfDay, 0);
            // the evening session starts between 21:00 and 01:00: now and then past midnight
            Instant evening = dayStart.plus(Duration.ofMinutes(17 * 60 + random.nextInt(240)));
            session(evening, endOfDay, NEW_PER_DAY);
        }
    }

    /** Due cards (by due time), then new ones; learning cards come back when their step is over. */
    private void session(Instant start, Instant endOfDay, int newCards) throws SQLException {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        while (!byDue.isEmpty() && cards[byDue.peek()].due().isBefore(endOfDay)) {
            queue.add(byDue.poll());
        }
        for (int n = 0; n < newCards && introduced < CARDS; n++) {
            int card = introduced++;
            cards[card] = CardSchedule.newCard(start);
            queue.add(card);
        }
        PriorityQueue<Integer> learning = new PriorityQueue<>((a, b) -> cards[a].due().compareTo(cards[b].due()));
        Instant now = start;
        while (log.rows < rowLimit) {
            Integer card;
            if (!learning.isEmpty() && !cards[learning.peek()].due().isAfter(now)) {
                card = learning.poll();
            } else if (!queue.isEmpty()) {
                card = queue.poll();
            } else if (!learning.isEmpty()) {
                card = learning.poll();
                now = cards[card].due();
            } else {
                break;
            }
            long durationMs = 3_000 + random.nextInt(14_000);
            now = now.plusMillis(durationMs);
            CardSchedule after = answer(card, now, durationMs);
            boolean inSteps = after.state() == State.LEARNING || after.state() == State.RELEARNING;
            if (inSteps && after.due().isBefore(endOfDay)) {
                learning.add(card);
            } else {
                byDue.add(card);
            }
        }
        // anything still in the session's queues when the row limit is hit stays due
        byDue.addAll(queue);
        byDue.addAll(learning);
    }

    private CardSchedule answer(int card, Instant now, long durationMs) throws SQLException {
        CardSchedule before = cards[card];
        long elapsed = before.lastReview() == null ? 0 : Math.max(0, CALENDAR.daysBetween(before.lastReview(), now));
        Double predicted = before.state() == State.NEW ? null : fsrs.retrievability(elapsed, before.stability());
        Rating rating = rate(before, predicted, elapsed);
        CardSchedule after = fsrs.next(before, rating, now, elapsed);
        log.add(card + 1, now, rating, before, elapsed, after, durationMs, predicted);
        cards[card] = after;
        lastAnswer = now;
        return after;
    }

    private Rating rate(CardSchedule before, Double predicted, long elapsed) {
        double pass;
        if (before.state() == State.NEW) {
            pass = 0.8;
        } else if (elapsed == 0) {
            pass = 0.88;
        } else {
            pass = Math.pow(predicted, 1.15);
        }
        if (random.nextDouble() >= pass) {
            return Rating.AGAIN;
        }
        double r = random.nextDouble();
        return r < 0.12 ? Rating.HARD : r < 0.9 ? Rating.GOOD : Rating.EASY;
    }

    private void saveCards(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE card SET state = ?, stability = ?, difficulty = ?,"
                + " due = ?, last_review = ?, scheduled_days = ?, step = ?, reps = ?, lapses = ? WHERE id = ?")) {
            for (int i = 0; i < introduced; i++) {
                bindSchedule(ps, 1, cards[i]);
                ps.setLong(10, i + 1);
                ps.addBatch();
                if (i % 10_000 == 9_999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static void bindSchedule(PreparedStatement ps, int first, CardSchedule s) throws SQLException {
        ps.setInt(first, s.state().code());
        ps.setDouble(first + 1, s.stability());
        ps.setDouble(first + 2, s.difficulty());
        ps.setLong(first + 3, s.due().toEpochMilli());
        if (s.lastReview() == null) {
            ps.setNull(first + 4, Types.INTEGER);
        } else {
            ps.setLong(first + 4, s.lastReview().toEpochMilli());
        }
        ps.setInt(first + 5, s.scheduledDays());
        ps.setInt(first + 6, s.learningStep());
        ps.setInt(first + 7, s.reps());
        ps.setInt(first + 8, s.lapses());
    }

    /** Review-log rows, written in batches inside the one transaction. */
    static final class Log {
        private final PreparedStatement insert;
        long rows;

        Log(Connection c) throws SQLException {
            insert = c.prepareStatement("INSERT INTO review_log (card_id, reviewed_at, rating, state, elapsed_days,"
                    + " scheduled_days, duration_ms, stability, difficulty, retrievability, mode, prev_state,"
                    + " prev_stability, prev_difficulty, prev_due, prev_last_review, prev_scheduled_days, prev_step,"
                    + " prev_reps, prev_lapses)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'flip', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void add(long cardId, Instant at, Rating rating, CardSchedule before, long elapsed, CardSchedule after,
                 long durationMs, Double predicted) throws SQLException {
            insert.setLong(1, cardId);
            insert.setLong(2, at.toEpochMilli());
            insert.setInt(3, rating.value());
            insert.setInt(4, before.state().code());
            insert.setLong(5, elapsed);
            insert.setInt(6, after.scheduledDays());
            insert.setLong(7, durationMs);
            insert.setDouble(8, after.stability());
            insert.setDouble(9, after.difficulty());
            if (predicted == null) {
                insert.setNull(10, Types.REAL);
            } else {
                insert.setDouble(10, predicted);
            }
            bindSchedule(insert, 11, before);
            insert.addBatch();
            rows++;
            if (rows % 20_000 == 0) {
                insert.executeBatch();
            }
        }

        void flush() throws SQLException {
            insert.executeBatch();
        }
    }
}
