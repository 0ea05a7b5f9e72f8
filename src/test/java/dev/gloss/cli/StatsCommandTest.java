package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.deck.TestDecks;
import dev.gloss.exchange.DeckJson;
import dev.gloss.schedule.StudyCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Plain sessions scripted on chosen days in Europe/Berlin (day start 04:00) — one past midnight, one on the morning
 * summer time began — then {@code gloss stats --json}: every count, streak, retention and forecast figure is what the
 * review log and the cards left behind imply, recomputed here straight from the database.
 */
class StatsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final StudyCalendar CALENDAR = new StudyCalendar(BERLIN, 4);
    private static final String NOW = "2026-04-02T10:00:00Z";
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 2);

    @TempDir
    Path dir;
    Path db;
    CliRunner gloss;

    /** The answers the sessions logged, as the database has them. */
    record Answer(long card, Instant at, int rating, int state, long elapsed, Integer previous, long durationMs,
                  Double predicted) {
        LocalDate day() {
            return CALENDAR.dayOf(at);
        }
    }

    @BeforeEach
    void studyOnChosenDays() throws Exception {
        db = dir.resolve("gloss.db");
        gloss = new CliRunner(db).env("TZ", "Europe/Berlin").now("2026-03-26T18:00:00Z");
        Path words = dir.resolve("words.json");
        Files.writeString(words, DeckJson.toJson(TestDecks.terms("Words", 20)));
        Path verbs = dir.resolve("verbs.json");
        Files.writeString(verbs, DeckJson.toJson(TestDecks.terms("Words::Verbs", 6)));
        assertThat(gloss.run("import", words.toString(), verbs.toString()).code()).isZero();
        assertThat(gloss.run("config", "set", "new-per-day", "3").code()).isZero();

        session("2026-03-26T19:00:00Z", "3", "1", "4", "2", "3", "3", "3", "3", "3", "3"); // 20:00, study day 03-26
        session("2026-03-26T23:30:00Z", "3", "3", "1", "3");             // 00:30 on 03-27: still study day 03-26
        session("2026-03-29T01:30:00Z", "3", "3", "3", "1", "3", "3");   // 03:30 summer time: study day 03-28
        session("2026-03-29T08:00:00Z", "3", "4", "3", "3", "2", "3");   // study day 03-29
        session("2026-04-02T07:00:00Z", "3", "1", "3", "3", "3", "4", "3", "3", "3", "3", "3", "3"); // today
        gloss.now(NOW);
    }

    private void session(String now, String... ratings) {
        StringBuilder input = new StringBuilder();
        for (String r : ratings) {
            input.append('\n').append(r).append('\n');
        }
        CliRunner.Result r = gloss.now(now).runWithInput(input.toString(), "study", "--plain");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Session over: " + ratings.length + " card");
    }

    @Test
    void everyFigureIsWhatTheHistoryImplies() throws Exception {
        List<Answer> log = answers();
        assertThat(log).hasSize(38);
        JsonNode stats = stats("--json");
        assertThat(stats.get("schema").asText()).isEqualTo("gloss-stats/1");
        assertThat(stats.get("study_day").asText()).isEqualTo("2026-04-02");
        assertThat(stats.get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(stats.get("decks")).hasSize(2);

        List<Answer> today = log.stream().filter(a -> a.day().equals(TODAY)).toList();
        JsonNode t = stats.get("today");
        assertThat(t.get("reviews").asInt()).isEqualTo(12).isEqualTo(today.size());
        assertThat(t.get("again").asInt()).isEqualTo(1);
        assertThat(t.get("accuracy").asDouble()).isEqualTo(11.0 / 12);
        assertThat(t.get("time_ms").asLong()).isEqualTo(today.stream().mapToLong(Answer::durationMs).sum());
        assertThat(t.get("new_cards").asInt()).isEqualTo(count(today, a -> a.state() == 0));
        assertThat(t.get("learn").asInt()).isEqualTo(count(today, a -> a.state() <= 1));
        assertThat(t.get("review").asInt()).isEqualTo(count(today, a -> a.state() == 2));
        assertThat(t.get("relearn").asInt()).isEqualTo(count(today, a -> a.state() == 3));

        JsonNode streak = stats.get("streak");
        assertThat(streak.get("current").asInt()).isEqualTo(1);
        assertThat(streak.get("longest").asInt()).isEqualTo(2);
        assertThat(streak.get("active_days").asInt()).isEqualTo(4);
        assertThat(streak.get("studied_today").asBoolean()).isTrue();

        Map<String, Integer> perDay = new TreeMap<>();
        log.forEach(a -> perDay.merge(a.day().toString(), 1, Integer::sum));
        assertThat(perDay).containsExactly(Map.entry("2026-03-26", 14), Map.entry("2026-03-28", 6),
                Map.entry("2026-03-29", 6), Map.entry("2026-04-02", 12));
        Map<String, Integer> heatmap = new TreeMap<>();
        stats.get("heatmap").get("days").forEach(d -> heatmap.put(d.get("date").asText(), d.get("reviews").asInt()));
        assertThat(heatmap).isEqualTo(perDay);
        assertThat(stats.get("heatmap").get("from").asText()).isEqualTo("2025-04-03");
        assertThat(stats.get("heatmap").get("reviews").asInt()).isEqualTo(38);

        JsonNode days = stats.get("reviews_per_day").get("days");
        assertThat(days).hasSize(30);
        for (JsonNode d : days) {
            LocalDate date = LocalDate.parse(d.get("date").asText());
            List<Answer> on = log.stream().filter(a -> a.day().equals(date)).toList();
            assertThat(d.get("learn").asInt()).as(date + " learn").isEqualTo(count(on, a -> a.state() <= 1));
            assertThat(d.get("review").asInt()).as(date + " review").isEqualTo(count(on, a -> a.state() == 2));
            assertThat(d.get("relearn").asInt()).as(date + " relearn").isEqualTo(count(on, a -> a.state() == 3));
            assertThat(d.get("time_ms").asLong()).isEqualTo(on.stream().mapToLong(Answer::durationMs).sum());
        }

        for (String period : new String[]{"today", "last_7_days", "last_30_days", "last_365_days"}) {
            JsonNode p = stats.get("retention").get(period);
            LocalDate from = LocalDate.parse(p.get("from").asText());
            List<Answer> reviews = log.stream().filter(a -> a.state() == 2 && !a.day().isBefore(from)).toList();
            List<Answer> young = reviews.stream().filter(a -> interval(a) < 21).toList();
            List<Answer> mature = reviews.stream().filter(a -> interval(a) >= 21).toList();
            assertThat(p.get("young").get("passed").asInt()).as(period).isEqualTo(count(young, a -> a.rating() > 1));
            assertThat(p.get("young").get("failed").asInt()).as(period).isEqualTo(count(young, a -> a.rating() == 1));
            assertThat(p.get("mature").get("passed").asInt()).as(period).isEqualTo(count(mature, a -> a.rating() > 1));
            assertThat(p.get("mature").get("failed").asInt()).as(period).isEqualTo(count(mature, a -> a.rating() == 1));
        }
        assertThat(stats.get("retention").get("last_7_days").get("from").asText()).isEqualTo("2026-03-27");
        assertThat(stats.get("retention").get("last_30_days").get("all").get("passed").asInt()
                + stats.get("retention").get("last_30_days").get("all").get("failed").asInt())
                .isEqualTo(count(log, a -> a.state() == 2)).isPositive();

        JsonNode cards = JSON.readTree(gloss.run("cards", "--json").out());
        int[] forecast = new int[31];
        int overdue = 0;
        for (JsonNode c : cards) {
            if (c.get("state_code").asInt() == 0 || c.get("suspended").asBoolean()) {
                continue;
            }
            long offset = CALENDAR.dayOf(Instant.parse(c.get("due").asText())).toEpochDay() - TODAY.toEpochDay();
            if (offset < 0) {
                overdue++;
            }
            if (offset <= 30) {
                forecast[(int) Math.max(0, offset)]++;
            }
        }
        JsonNode f = stats.get("forecast");
        assertThat(f.get("overdue").asInt()).isEqualTo(overdue);
        assertThat(f.get("days")).hasSize(31);
        for (int i = 0; i <= 30; i++) {
            assertThat(f.get("days").get(i).get("date").asText()).isEqualTo(TODAY.plusDays(i).toString());
            assertThat(f.get("days").get(i).get("cards").asInt()).as("forecast day " + i).isEqualTo(forecast[i]);
        }
        assertThat(f.get("cards").asInt()).isPositive();

        JsonNode counts = stats.get("cards");
        assertThat(counts.get("total").asInt()).isEqualTo(26);
        for (String state : new String[]{"new", "learning", "review", "relearning"}) {
            assertThat(counts.get(state).asInt()).as(state).isEqualTo(countCards(cards, state));
        }
        assertThat(counts.get("new").asInt()).isLessThan(26 - 6);
        assertThat(counts.get("suspended").asInt()).isZero();

        JsonNode calibration = stats.get("calibration");
        List<Answer> predicted = log.stream().filter(a -> a.predicted() != null && a.elapsed() >= 1).toList();
        assertThat(calibration.get("answers").asInt()).isEqualTo(predicted.size());
        assertThat(calibration.get("recalled").asInt()).isEqualTo(count(predicted, a -> a.rating() > 1));
        if (!predicted.isEmpty()) {
            double logLoss = predicted.stream().mapToDouble(a -> -Math.log(a.rating() > 1 ? a.predicted()
                    : 1 - a.predicted())).average().orElseThrow();
            assertThat(calibration.get("log_loss").asDouble()).isCloseTo(logLoss, within(1e-9));
        }

        int[] byHour = new int[24];
        log.forEach(a -> byHour[a.at().atZone(BERLIN).getHour()]++);
        for (JsonNode h : stats.get("hourly").get("hours")) {
            assertThat(h.get("reviews").asInt()).as("hour " + h.get("hour")).isEqualTo(byHour[h.get("hour").asInt()]);
        }
        assertThat(byHour[0]).isEqualTo(4); // the session at 00:30
        assertThat(byHour[3]).isEqualTo(6); // 03:30 summer time

        assertThat(stats.get("all_time").get("reviews").asInt()).isEqualTo(38);
        assertThat(stats.get("all_time").get("first_day").asText()).isEqualTo("2026-03-26");
    }

    @Test
    void aDeckCountsItsSubDecksAndASubDeckOnlyItself() throws Exception {
        JsonNode words = stats("Words", "--json");
        assertThat(words.get("deck").asText()).isEqualTo("Words");
        assertThat(words.get("all_time").get("reviews").asInt()).isEqualTo(38);
        JsonNode verbs = stats("words::verbs", "--json");
        assertThat(verbs.get("decks")).hasSize(1);
        assertThat(verbs.get("cards").get("total").asInt()).isEqualTo(6);
        long verbAnswers;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM review_log r JOIN card c ON c.id = r.card_id"
                     + " JOIN deck d ON d.id = c.deck_id WHERE d.name = 'Words::Verbs'")) {
            verbAnswers = rs.getLong(1);
        }
        assertThat(verbs.get("all_time").get("reviews").asLong()).isEqualTo(verbAnswers).isPositive().isLessThan(38);
    }

    @Test
    void theTextReportFitsEightyColumns() {
        CliRunner.Result r = gloss.run("stats");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("TODAY", "STREAK", "CALENDAR", "REVIEWS PER DAY", "FORECAST", "TRUE RETENTION",
                "CARDS", "MEMORY", "CALIBRATION", "HOURS");
        assertThat(r.out()).contains("12 reviews in").contains("current 1 day · longest 2 days");
        r.out().lines().forEach(line -> assertThat(line.codePointCount(0, line.length())).as(line)
                .isLessThanOrEqualTo(80));
        CliRunner.Result wide = gloss.run("stats", "--width", "120", "--days", "30");
        wide.out().lines().forEach(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(120));
        assertThat(wide.out()).contains("38 reviews on 4 days of the last 30 days");
    }

    @Test
    void badDecksAndDaysAreRefused() {
        CliRunner.Result unknown = gloss.run("stats", "Nope");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("gloss: no deck named 'Nope'");
        assertThat(gloss.run("stats", "--days", "0").code()).isEqualTo(2);
        assertThat(gloss.run("stats", "--days", "3651").code()).isEqualTo(2);
        assertThat(gloss.run("stats", "--days", "ten").code()).isEqualTo(2);
        assertThat(gloss.run("stats", "--days", "3650", "--json").code()).isZero();
        assertThat(gloss.run("stats", "--width", "20").code()).isEqualTo(2);
    }

    @Test
    void aCollectionWithoutAnswersSaysSo() throws Exception {
        CliRunner fresh = new CliRunner(dir.resolve("fresh.db")).now(NOW);
        Path words = dir.resolve("w.json");
        Files.writeString(words, DeckJson.toJson(TestDecks.terms("Words", 3)));
        fresh.run("import", words.toString());
        assertThat(fresh.run("stats").out()).contains("No reviews yet");
        JsonNode stats = JSON.readTree(fresh.run("stats", "--json").out());
        assertThat(stats.get("today").get("accuracy").isNull()).isTrue();
        assertThat(stats.get("cards").get("new").asInt()).isEqualTo(3);
        assertThat(stats.get("streak").get("current").asInt()).isZero();
    }

    private JsonNode stats(String... args) throws Exception {
        CliRunner.Result r = gloss.run(prepend("stats", args));
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private List<Answer> answers() throws Exception {
        List<Answer> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT card_id, reviewed_at, rating, state, elapsed_days,"
                     + " prev_scheduled_days, duration_ms, retrievability FROM review_log ORDER BY id")) {
            while (rs.next()) {
                Integer previous = rs.getObject(6) == null ? null : rs.getInt(6);
                Double predicted = rs.getObject(8) == null ? null : rs.getDouble(8);
                out.add(new Answer(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getInt(3), rs.getInt(4),
                        rs.getLong(5), previous, rs.getLong(7), predicted));
            }
        }
        return out;
    }

    private static long interval(Answer a) {
        return a.previous() != null ? a.previous() : a.elapsed();
    }

    private static int count(List<Answer> answers, java.util.function.Predicate<Answer> p) {
        return (int) answers.stream().filter(p).count();
    }

    private static int countCards(JsonNode cards, String state) {
        int n = 0;
        for (JsonNode c : cards) {
            if (c.get("state").asText().equals(state)) {
                n++;
            }
        }
        return n;
    }
}
