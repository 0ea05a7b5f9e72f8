package dev.gloss.stats;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.LocalDate;

/** A {@link StatsReport} as JSON, in the {@code gloss-stats/1} schema of docs/stats.md. */
public final class StatsJson {
    public static final String SCHEMA = "gloss-stats/1";

    private final JsonGenerator g;

    private StatsJson(JsonGenerator g) {
        this.g = g;
    }

    public static void write(JsonGenerator g, StatsReport report) throws IOException {
        new StatsJson(g).report(report);
    }

    private void report(StatsReport r) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        scope(r.scope());
        today(r.today());
        streak(r.streak());
        heatmap(r.heatmap());
        reviewsPerDay(r.reviewsPerDay());
        forecast(r.forecast());
        retention(r.retention());
        cards(r.cards());
        histogram("stability", r.stability());
        histogram("difficulty", r.difficulty());
        g.writeObjectFieldStart("retrievability");
        g.writeNumberField("cards", r.retrievability().cards());
        number("mean", r.retrievability().mean());
        g.writeEndObject();
        calibration(r.calibration());
        hourly(r.hourly());
        allTime(r.allTime());
        g.writeEndObject();
    }

    private void scope(StatsReport.Scope s) throws IOException {
        if (s.deck() == null) {
            g.writeNullField("deck");
        } else {
            g.writeStringField("deck", s.deck());
        }
        g.writeArrayFieldStart("decks");
        for (String d : s.decks()) {
            g.writeString(d);
        }
        g.writeEndArray();
        g.writeStringField("now", s.now().toString());
        date("study_day", s.studyDay());
        g.writeStringField("zone", s.zone().getId());
        g.writeNumberField("day_start_hour", s.dayStartHour());
        g.writeNumberField("days", s.days());
    }

    private void today(StatsReport.Today t) throws IOException {
        g.writeObjectFieldStart("today");
        g.writeNumberField("reviews", t.reviews());
        g.writeNumberField("time_ms", t.timeMs());
        g.writeNumberField("again", t.again());
        number("accuracy", t.accuracy());
        g.writeNumberField("new_cards", t.newCards());
        g.writeNumberField("learn", t.learn());
        g.writeNumberField("review", t.review());
        g.writeNumberField("relearn", t.relearn());
        g.writeEndObject();
    }

    private void streak(StatsReport.Streak s) throws IOException {
        g.writeObjectFieldStart("streak");
        g.writeNumberField("current", s.current());
        g.writeNumberField("longest", s.longest());
        g.writeBooleanField("studied_today", s.studiedToday());
        g.writeNumberField("active_days", s.activeDays());
        g.writeEndObject();
    }

    private void heatmap(StatsReport.Heatmap h) throws IOException {
        g.writeObjectFieldStart("heatmap");
        date("from", h.from());
        date("to", h.to());
        g.writeNumberField("reviews", h.total());
        g.writeNumberField("active_days", h.days().size());
        g.writeArrayFieldStart("days");
        for (StatsReport.DayCount d : h.days()) {
            g.writeStartObject();
            date("date", d.date());
            g.writeNumberField("reviews", d.reviews());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void reviewsPerDay(StatsReport.ReviewsPerDay r) throws IOException {
        g.writeObjectFieldStart("reviews_per_day");
        date("from", r.from());
        date("to", r.to());
        g.writeNumberField("reviews", r.total());
        g.writeNumberField("learn", r.learn());
        g.writeNumberField("review", r.review());
        g.writeNumberField("relearn", r.relearn());
        g.writeNumberField("time_ms", r.timeMs());
        g.writeNumberField("active_days", r.activeDays());
        g.writeArrayFieldStart("days");
        for (StatsReport.DayReviews d : r.days()) {
            g.writeStartObject();
            date("date", d.date());
            g.writeNumberField("reviews", d.total());
            g.writeNumberField("learn", d.learn());
            g.writeNumberField("review", d.review());
            g.writeNumberField("relearn", d.relearn());
            g.writeNumberField("time_ms", d.timeMs());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void forecast(StatsReport.Forecast f) throws IOException {
        g.writeObjectFieldStart("forecast");
        date("from", f.from());
        date("to", f.to());
        g.writeNumberField("overdue", f.overdue());
        g.writeNumberField("cards", f.total());
        g.writeArrayFieldStart("days");
        for (StatsReport.ForecastDay d : f.days()) {
            g.writeStartObject();
            date("date", d.date());
            g.writeNumberField("cards", d.total());
            g.writeNumberField("learning", d.learning());
            g.writeNumberField("review", d.review());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void retention(StatsReport.Retention r) throws IOException {
        g.writeObjectFieldStart("retention");
        for (StatsReport.RetentionPeriod p : r.periods()) {
            g.writeObjectFieldStart(p.name());
            date("from", p.from());
            g.writeNumberField("days", p.days());
            passFail("young", p.young());
            passFail("mature", p.mature());
            passFail("all", p.all());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void passFail(String name, StatsReport.PassFail p) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("passed", p.passed());
        g.writeNumberField("failed", p.failed());
        number("retention", p.retention());
        g.writeEndObject();
    }

    private void cards(StatsReport.CardCounts c) throws IOException {
        g.writeObjectFieldStart("cards");
        g.writeNumberField("total", c.total());
        g.writeNumberField("new", c.newCards());
        g.writeNumberField("learning", c.learning());
        g.writeNumberField("review", c.review());
        g.writeNumberField("relearning", c.relearning());
        g.writeNumberField("suspended", c.suspended());
        g.writeNumberField("buried", c.buried());
        g.writeNumberField("known", c.known());
        g.writeEndObject();
    }

    private void histogram(String name, StatsReport.Histogram h) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("cards", h.cards());
        number("mean", h.mean());
        g.writeArrayFieldStart("bins");
        for (StatsReport.Bin b : h.bins()) {
            g.writeStartObject();
            g.writeNumberField("from", b.from());
            number("to", b.to());
            g.writeNumberField("cards", b.cards());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void calibration(StatsReport.Calibration c) throws IOException {
        g.writeObjectFieldStart("calibration");
        g.writeNumberField("answers", c.answers());
        g.writeNumberField("recalled", c.recalled());
        number("mean_predicted", c.meanPredicted());
        number("actual", c.actual());
        number("log_loss", c.logLoss());
        number("rmse", c.rmse());
        number("binned_rmse", c.binnedRmse());
        g.writeArrayFieldStart("bins");
        for (StatsReport.CalibrationBin b : c.bins()) {
            g.writeStartObject();
            g.writeNumberField("from", b.from());
            g.writeNumberField("to", b.to());
            g.writeNumberField("answers", b.answers());
            g.writeNumberField("recalled", b.recalled());
            number("mean_predicted", b.meanPredicted());
            number("actual", b.actual());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void hourly(StatsReport.Hourly h) throws IOException {
        g.writeObjectFieldStart("hourly");
        date("from", h.from());
        date("to", h.to());
        g.writeArrayFieldStart("hours");
        for (StatsReport.HourStat s : h.hours()) {
            g.writeStartObject();
            g.writeNumberField("hour", s.hour());
            g.writeNumberField("reviews", s.reviews());
            g.writeNumberField("again", s.again());
            number("accuracy", s.accuracy());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void allTime(StatsReport.AllTime a) throws IOException {
        g.writeObjectFieldStart("all_time");
        g.writeNumberField("reviews", a.reviews());
        g.writeNumberField("time_ms", a.timeMs());
        date("first_day", a.firstDay());
        date("last_day", a.lastDay());
        g.writeEndObject();
    }

    private void number(String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private void date(String name, LocalDate day) throws IOException {
        if (day == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, day.toString());
        }
    }
}
