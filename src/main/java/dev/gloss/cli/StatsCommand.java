package dev.gloss.cli;

import dev.gloss.schedule.Fsrs;
import dev.gloss.schedule.SchedulerConfig;
import dev.gloss.schedule.StudyCalendar;
import dev.gloss.stats.StatsCalculator;
import dev.gloss.stats.StatsInput;
import dev.gloss.stats.StatsJson;
import dev.gloss.stats.StatsReport;
import dev.gloss.stats.StatsText;
import dev.gloss.store.ConfigStore;
import dev.gloss.store.Database;
import dev.gloss.store.DeckStore;
import dev.gloss.store.StatsStore;
import dev.gloss.study.DeckRef;
import dev.gloss.study.DeckSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Progress for a deck (with its sub-decks) or every deck: today, streak, calendar,",
                "reviews per day, forecast, true retention, card states, stability and difficulty,",
                "calibration of FSRS's predictions, hours of the day.",
                "--json gives every figure (schema: docs/stats.md)."})
final class StatsCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(arity = "0..1", paramLabel = "DECK", description = "a deck (with its sub-decks); all decks if omitted")
    String deck;

    @Option(names = "--days", paramLabel = "N",
            description = "study days in the calendar heatmap and the hourly breakdown (1 to 3650; default 365)")
    int days = StatsInput.DEFAULT_DAYS;

    @Option(names = "--width", paramLabel = "COLUMNS", description = "width of the text report (40 to 400; default 80)")
    int width = 80;

    @Option(names = "--json", description = "print every figure as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    StatsCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (days < 1 || days > StatsInput.MAX_DAYS) {
            throw new ParameterException(spec.commandLine(), "--days must be from 1 to " + StatsInput.MAX_DAYS
                    + ", got " + days);
        }
        if (width < StatsText.MIN_WIDTH || width > 400) {
            throw new ParameterException(spec.commandLine(), "--width must be from " + StatsText.MIN_WIDTH
                    + " to 400, got " + width);
        }
        StatsReport report = StatsCalculator.compute(input(context.database()));
        if (json) {
            JsonOut.write(context.io().out(), g -> StatsJson.write(g, report));
        } else {
            context.io().out().print(StatsText.render(report, width));
        }
        return 0;
    }

    private StatsInput input(Database db) {
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
        Instant now = context.clock().instant();
        StudyCalendar calendar = config.settingsFor(null).calendar(context.zone());
        StatsStore.Snapshot read = new StatsStore(db).snapshot(ids, now);
        return new StatsInput(name, chosen.stream().map(DeckRef::name).toList(), read.reviews(), read.calibration(),
                read.newCards(), read.seenCards(), schedulers, global, calendar, now, days);
    }
}
