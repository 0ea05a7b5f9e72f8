package dev.gloss.store;

import dev.gloss.schedule.Fsrs;
import dev.gloss.schedule.SchedulerConfig;
import dev.gloss.schedule.StudyCalendar;
import dev.gloss.stats.StatsInput;
import dev.gloss.study.DeckRef;
import dev.gloss.study.DeckSelection;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What statistics are computed from, read from the collection for a deck (with its sub-decks) or every deck: the
 * {@link StatsStore} snapshot, each deck's scheduler (for its forgetting curve) and the study calendar. Shared by
 * {@code gloss stats} and the stats screen, so both show the same figures.
 */
public final class StatsInputs {
    private final Database db;

    public StatsInputs(Database db) {
        this.db = db;
    }

    /**
     * @param deck a deck name, or null (or blank) for every deck; a GlossException names a deck that does not exist
     * @param days the window of the heatmap and the hourly breakdown (1..{@link StatsInput#MAX_DAYS})
     */
    public StatsInput read(String deck, Instant now, ZoneId zone, int days) {
        String name = deck == null || deck.isBlank() ? null : deck.strip();
        List<DeckRef> chosen = DeckSelection.resolve(new DeckStore(db).refs(), name);
        List<Long> ids = name == null ? null : chosen.stream().map(DeckRef::id).toList();
        ConfigStore config = new ConfigStore(db);
        Fsrs global = new Fsrs(config.settingsFor(null).schedulerConfig());
        Map<SchedulerConfig, Fsrs> byConfig = new HashMap<>(Map.of(global.config(), global));
        Map<Long, Fsrs> schedulers = new HashMap<>();
        for (DeckRef d : chosen) {
            schedulers.put(d.id(), byConfig.computeIfAbsent(config.settingsFor(d.name()).schedulerConfig(), Fsrs::new));
        }
        StudyCalendar calendar = config.settingsFor(null).calendar(zone);
        StatsStore.Snapshot read = new StatsStore(db).snapshot(ids, now);
        return new StatsInput(name, chosen.stream().map(DeckRef::name).toList(), read.reviews(), read.calibration(),
                read.newCards(), read.seenCards(), schedulers, global, calendar, now, days);
    }
}
