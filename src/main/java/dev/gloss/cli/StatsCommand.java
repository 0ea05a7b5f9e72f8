package dev.gloss.cli;

import dev.gloss.stats.StatsCalculator;
import dev.gloss.stats.StatsInput;
import dev.gloss.stats.StatsJson;
import dev.gloss.stats.StatsReport;
import dev.gloss.stats.StatsText;
import dev.gloss.store.StatsInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
        StatsReport report = StatsCalculator.compute(
                new StatsInputs(context.database()).read(deck, context.clock().instant(), context.zone(), days));
        if (json) {
            JsonOut.write(context.io().out(), g -> StatsJson.write(g, report));
        } else {
            context.io().out().print(StatsText.render(report, width));
        }
        return 0;
    }
}
