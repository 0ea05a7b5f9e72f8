package dev.gloss.store;

import dev.gloss.schedule.State;
import dev.gloss.stats.CalibrationGroup;
import dev.gloss.stats.CardState;
import dev.gloss.stats.NewCards;
import dev.gloss.stats.Calibrations;
import dev.gloss.stats.ReviewGroups;
import dev.gloss.stats.ReviewRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The store's SQL aggregation gives exactly what the pure aggregation gives for the same rows and cards. */
class StatsStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-30T10:00:00Z");
    private static final long[] DECKS = {1, 2, 3};

    @TempDir
    Path dir;

    private Database db;
    private final List<ReviewRow> rows = new ArrayList<>();
    private final List<CardState> cards = new ArrayList<>();
    private final List<Long> deckOfCard = new ArrayList<>();

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("gloss.db"));
        SplittableRandom random = new SplittableRandom(11);
        db.inTransaction(c -> {
            try (PreparedStatement deck = c.prepareStatement(
                    "INSERT INTO deck (id, name, created_at, modified_at) VALUES (?, ?, 0, 0)")) {
                for (long d : DECKS) {
                    deck.setLong(1, d);
                    deck.setString(2, d == 1 ? "Words" : d == 2 ? "Words::Verbs" : "Other");
                    deck.executeUpdate();
                }
            }
            try (PreparedStatement card = c.prepareStatement("INSERT INTO card (id, uid, deck_id, kind, front, back,"
                    + " position, state, stability, difficulty, due, last_review, suspended, buried_until, created_at,"
                    + " modified_at) VALUES (?, ?, ?, 'definition', 'f', 'b', ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")) {
                for (int i = 1; i <= 300; i++) {
                    long deckId = DECKS[random.nextInt(DECKS.length)];
                    State state = State.of(random.nextInt(4));
                    double s = state == State.NEW ? 0 : Math.exp(random.nextDouble(-2, 7.5));
                    double d = state == State.NEW ? 0 : random.nextDouble(1, 10);
                    Instant due = NOW.plusSeconds(random.nextLong(-40L * 86400, 40L * 86400));
                    Instant last = state == State.NEW ? null : due.minusSeconds(random.nextLong(0, 400L * 86400));
                    boolean suspended = random.nextInt(10) == 0;
                    Instant buried = random.nextInt(8) == 0 ? NOW.plusSeconds(random.nextLong(-86400, 86400)) : null;
                    cards.add(new CardState(deckId, state, s, d, due, last, suspended, buried));
                    deckOfCard.add(deckId);
                    card.setLong(1, i);
                    card.setString(2, "c" + i);
                    card.setLong(3, deckId);
                    card.setInt(4, i);
                    card.setInt(5, state.code());
                    card.setDouble(6, s);
                    card.setDouble(7, d);
                    card.setLong(8, due.toEpochMilli());
                    if (last == null) {
                        card.setNull(9, Types.INTEGER);
                    } else {
                        card.setLong(9, last.toEpochMilli());
                    }
                    card.setInt(10, suspended ? 1 : 0);
                    card.setLong(11, buried == null ? 0 : buried.toEpochMilli());
                    card.executeUpdate();
                }
            }
            try (PreparedStatement log = c.prepareStatement("INSERT INTO review_log (card_id, reviewed_at, rating,"
                    + " state, elapsed_days, scheduled_days, duration_ms, stability, difficulty, retrievability,"
                    + " prev_scheduled_days) VALUES (?, ?, ?, ?, ?, 3, ?, 5, 5, ?, ?)")) {
                for (int i = 0; i < 3000; i++) {
                    long cardId = 1 + random.nextInt(300);
                    Instant at = NOW.minusSeconds(random.nextLong(0, 500L * 86400));
                    int rating = 1 + random.nextInt(4);
                    int state = random.nextInt(4);
                    long elapsed = random.nextInt(3) == 0 ? 0 : random.nextInt(60);
                    Integer previous = random.nextInt(5) == 0 ? null : random.nextInt(45);
                    long duration = random.nextInt(60_000);
                    Double predicted = state == 0 ? null : random.nextInt(50) == 0 ? 1.0 : random.nextDouble(0.2, 1);
                    rows.add(new ReviewRow(cardId, at, rating, state, elapsed, previous, duration, predicted));
                    log.setLong(1, cardId);
                    log.setLong(2, at.toEpochMilli());
                    log.setInt(3, rating);
                    log.setInt(4, state);
                    log.setLong(5, elapsed);
                    log.setLong(6, duration);
                    if (predicted == null) {
                        log.setNull(7, Types.REAL);
                    } else {
                        log.setDouble(7, predicted);
                    }
                    if (previous == null) {
                        log.setNull(8, Types.INTEGER);
                    } else {
                        log.setInt(8, previous);
                    }
                    log.executeUpdate();
                }
            }
            return null;
        });
    }

    @Test
    void reviewGroupsAreThoseOfThePureAggregation() {
        StatsStore store = new StatsStore(db);
        assertThat(store.reviewGroups(null)).isEqualTo(ReviewGroups.of(rows));
        Set<Long> words = Set.of(1L, 2L);
        List<ReviewRow> inWords = rows.stream().filter(r -> words.contains(deckOfCard.get((int) r.cardId() - 1)))
                .toList();
        assertThat(store.reviewGroups(words)).isEqualTo(ReviewGroups.of(inWords));
        assertThat(store.reviewGroups(List.of())).isEmpty();
    }

    @Test
    void calibrationGroupsAreThoseOfThePureAggregation() {
        StatsStore store = new StatsStore(db);
        assertSameCalibration(store.calibrationGroups(null), Calibrations.groupsOf(rows));
        List<ReviewRow> inOther = rows.stream().filter(r -> deckOfCard.get((int) r.cardId() - 1) == 3L).toList();
        assertSameCalibration(store.calibrationGroups(Set.of(3L)), Calibrations.groupsOf(inOther));
    }

    private static void assertSameCalibration(List<CalibrationGroup> actual, List<CalibrationGroup> expected) {
        Comparator<CalibrationGroup> order = Comparator.comparingInt(CalibrationGroup::bin)
                .thenComparingInt(CalibrationGroup::rating);
        List<CalibrationGroup> a = actual.stream().sorted(order).toList();
        List<CalibrationGroup> e = expected.stream().sorted(order).toList();
        assertThat(a).hasSameSizeAs(e).isNotEmpty();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).bin()).isEqualTo(e.get(i).bin());
            assertThat(a.get(i).rating()).isEqualTo(e.get(i).rating());
            assertThat(a.get(i).answers()).isEqualTo(e.get(i).answers());
            assertThat(a.get(i).sumPredicted()).isCloseTo(e.get(i).sumPredicted(), within(1e-9));
            assertThat(a.get(i).sumPredictedSquared()).isCloseTo(e.get(i).sumPredictedSquared(), within(1e-9));
            assertThat(a.get(i).sumLogLikelihood()).isCloseTo(e.get(i).sumLogLikelihood(), within(1e-9));
        }
    }

    @Test
    void newCardsAreCountedAndTheOthersReadWithTheirWholeState() {
        StatsStore store = new StatsStore(db);
        assertThat(store.newCards(null, NOW)).isEqualTo(NewCards.of(cards, NOW));
        assertThat(store.seenCards(null)).containsExactlyInAnyOrderElementsOf(
                cards.stream().filter(c -> c.state() != State.NEW).toList());
        List<CardState> inVerbs = cards.stream().filter(c -> c.deckId() == 2).toList();
        assertThat(store.newCards(Set.of(2L), NOW)).isEqualTo(NewCards.of(inVerbs, NOW));
        assertThat(store.seenCards(Set.of(2L))).containsExactlyInAnyOrderElementsOf(
                inVerbs.stream().filter(c -> c.state() != State.NEW).toList()).isNotEmpty();
        assertThat(NewCards.of(cards, NOW).suspended()).isPositive();
        assertThat(NewCards.of(cards, NOW).buried()).isPositive();
        assertThat(cards).anyMatch(CardState::suspended).anyMatch(c -> c.buriedAt(NOW))
                .anyMatch(c -> c.lastReview() == null);
    }

    @Test
    void aSnapshotReadsTheSameAsTheQueriesOneByOne() {
        StatsStore store = new StatsStore(db);
        Set<Long> words = Set.of(1L, 2L);
        StatsStore.Snapshot snapshot = store.snapshot(words, NOW);
        assertThat(snapshot.reviews()).isEqualTo(store.reviewGroups(words));
        assertThat(snapshot.calibration()).isEqualTo(store.calibrationGroups(words));
        assertThat(snapshot.newCards()).isEqualTo(store.newCards(words, NOW));
        assertThat(snapshot.seenCards()).isEqualTo(store.seenCards(words));
    }

    @Test
    void theReviewLogQueriesReadOnlyTheCoveringIndexes() {
        assertThat(plan(StatsStore.reviewGroupsSql(null)))
                .isEqualTo("SCAN review_log USING COVERING INDEX review_log_by_quarter");
        assertThat(plan(StatsStore.calibrationGroupsSql(null)))
                .isEqualTo("SCAN review_log USING COVERING INDEX review_log_by_prediction");
        assertThat(plan(StatsStore.reviewGroupsSql(List.of(1L, 2L))))
                .startsWith("SCAN review_log USING COVERING INDEX review_log_by_quarter").doesNotContain("TEMP B-TREE");
        assertThat(plan(StatsStore.calibrationGroupsSql(List.of(3L))))
                .startsWith("SCAN review_log USING COVERING INDEX review_log_by_prediction")
                .doesNotContain("TEMP B-TREE");
    }

    private String plan(String sql) {
        return db.query(c -> {
            List<String> steps = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                    ps.setLong(i, i);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getString(4));
                    }
                }
            }
            return steps.stream().collect(Collectors.joining("; "));
        });
    }
}
