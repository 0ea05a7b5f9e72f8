package dev.gloss.tui;

import dev.gloss.schedule.StudyCalendar;
import dev.gloss.stats.StatsCalculator;
import dev.gloss.stats.StatsInput;
import dev.gloss.stats.StatsReport;
import dev.gloss.store.ConfigStore;
import dev.gloss.store.Database;
import dev.gloss.store.DeckStore;
import dev.gloss.store.HistoryStore;
import dev.gloss.store.SqliteStudyStore;
import dev.gloss.store.StatsInputs;
import dev.gloss.study.SessionOptions;
import dev.gloss.study.StudySession;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The pages' view of the SQLite collection. */
final class CollectionBackend implements Backend {
    private final Database db;
    private final Clock clock;
    private final ZoneId zone;

    CollectionBackend(Database db, Clock clock, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public HomeData home() {
        Instant now = clock.instant();
        StudyCalendar calendar = new ConfigStore(db).settingsFor(null).calendar(zone);
        HistoryStore history = new HistoryStore(db);
        return new HomeData(new DeckStore(db).summaries(now, zone), history.reviewsToday(calendar, now),
                history.streak(calendar, now));
    }

    @Override
    public StudySession open(SessionOptions options) {
        return StudySession.open(new SqliteStudyStore(db), clock, zone, options);
    }

    @Override
    public StatsReport stats(String deck) {
        return StatsCalculator.compute(new StatsInputs(db).read(deck, clock.instant(), zone, StatsInput.DEFAULT_DAYS));
    }
}
