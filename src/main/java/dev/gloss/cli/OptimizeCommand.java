package dev.gloss.cli;

import dev.gloss.exchange.RevlogCsvReader;
import dev.gloss.schedule.Parameters;
import dev.gloss.schedule.SchedulerConfig;
import dev.gloss.schedule.optimizer.Evaluation;
import dev.gloss.schedule.optimizer.FitOptions;
import dev.gloss.schedule.optimizer.FitResult;
import dev.gloss.schedule.optimizer.Item;
import dev.gloss.schedule.optimizer.Optimizer;
import dev.gloss.schedule.optimizer.ReviewRecord;
import dev.gloss.schedule.optimizer.TrainingItems;
import dev.gloss.store.ConfigStore;
import dev.gloss.store.Database;
import dev.gloss.store.DeckStore;
import dev.gloss.store.ExportStore;
import dev.gloss.study.DeckRef;
import dev.gloss.study.DeckSelection;
import dev.gloss.study.Setting;
import dev.gloss.study.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Fit the 21 FSRS parameters to your review history and compare them with the current ones",
                "(log loss and RMSE(bins): lower is better). --apply uses the fitted parameters from the next answer on;",
                "'gloss config unset parameters' goes back to the defaults.",
                "At least " + Optimizer.MINIMUM_ITEMS + " reviews of cards first seen on an earlier day are needed."})
final class OptimizeCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "DECK",
            description = "fit on this deck's history (with its sub-decks) and, with --apply, store them for it")
    String deck;

    @Option(names = "--revlog", paramLabel = "FILE",
            description = "fit on an external review log (CSV: card_id,review_time,review_rating,review_state,review_duration)")
    Path revlog;

    @Option(names = "--timezone", paramLabel = "ZONE",
            description = "zone for counting days in --revlog files (default UTC)")
    String timezone;

    @Option(names = "--day-start-hour", paramLabel = "H",
            description = "hour a day begins, for --revlog files (default 0)")
    Integer dayStartHour;

    @Option(names = "--apply", description = "store the fitted parameters (for DECK, or globally)")
    boolean apply;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    OptimizeCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (revlog != null && apply) {
            throw new ParameterException(spec.commandLine(),
                    "--apply stores parameters fitted on the collection's own history; it cannot be combined with --revlog");
        }
        if ((timezone != null || dayStartHour != null) && revlog == null) {
            throw new ParameterException(spec.commandLine(),
                    "--timezone and --day-start-hour are for --revlog files; the collection uses its own settings");
        }
        if (dayStartHour != null && (dayStartHour < 0 || dayStartHour > 23)) {
            throw new ParameterException(spec.commandLine(), "--day-start-hour must be 0..23");
        }
        List<ReviewRecord> records;
        ZoneId zone;
        int dayStart;
        Settings settings;
        String scope = "";
        if (revlog != null) {
            records = RevlogCsvReader.read(revlog);
            zone = zone(timezone == null ? "UTC" : timezone);
            dayStart = dayStartHour == null ? 0 : dayStartHour;
            settings = Settings.defaults();
            if (deck != null) {
                Database db = context.databaseWithoutBundled();
                settings = new ConfigStore(db).settingsFor(selectedDeckName(db));
            }
        } else {
            Database db = context.database();
            List<DeckRef> decks = deck == null ? null : DeckSelection.resolve(new DeckStore(db).refs(), deck);
            scope = deck == null ? "" : selectedDeckName(db);
            List<ReviewRecord> fromCollection = new ArrayList<>();
            // the same rows `gloss revlog export` writes: the FSRS convention the optimizer reads
            new ExportStore(db).reviews(decks, row -> fromCollection.add(new ReviewRecord(
                    Long.toString(row.cardNumber()), row.reviewedAtMs(), row.rating(), row.stateBefore(),
                    row.durationMs())));
            records = fromCollection;
            settings = new ConfigStore(db).settingsFor(scope);
            zone = context.zone();
            dayStart = settings.dayStartHour();
        }
        List<Item> items = TrainingItems.build(records, zone, dayStart);
        Parameters current = settings.parameters();
        SchedulerConfig scheduler = settings.schedulerConfig();
        FitOptions defaults = FitOptions.defaults();
        FitOptions options = new FitOptions(current, defaults.enableShortTerm(), defaults.epochs(), defaults.batchSize(),
                defaults.seed(), defaults.learningRate(), defaults.gamma(), defaults.maxSequenceLength(),
                scheduler.relearningSteps().size());
        FitResult result;
        try (ProgressBars.Bar bar = ProgressBars.start(context.io(), "Fitting", 1)) {
            result = Optimizer.fit(items, options, (done, total) -> {
                bar.maxHint(total);
                bar.stepTo(done);
            });
        }
        boolean applied = false;
        if (apply && result.improvesOnCurrent()) {
            new ConfigStore(context.database()).set(scope, Setting.PARAMETERS, result.parameters().format());
            applied = true;
        }
        if (json) {
            printJson(result, current, applied, records.size());
        } else {
            printText(result, applied, records.size(), scope);
        }
        return 0;
    }

    private String selectedDeckName(Database db) {
        return new DeckStore(db).find(deck).map(DeckRef::name)
                .orElseGet(() -> DeckSelection.resolve(new DeckStore(db).refs(), deck).get(0).name());
    }

    private ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--timezone '" + id + "' is not a time zone (e.g. UTC, Europe/Berlin)");
        }
    }

    private void printText(FitResult r, boolean applied, int reviews, String scope) {
        PrintStream out = context.io().out();
        out.printf(Locale.ROOT, "Training items: %d (from %d reviews)%n", r.items(), reviews);
        if (!r.isFitted()) {
            out.printf(Locale.ROOT, "Current parameters: log loss %.4f, RMSE(bins) %.4f%n", r.current().logLoss(),
                    r.current().rmseBins());
            out.println(r.explanation());
            return;
        }
        out.println("              log loss   RMSE(bins)");
        row(out, "current", r.current());
        row(out, "fitted", r.fitted());
        out.println("Fitted parameters: " + rounded(r.parameters()));
        String target = scope.isEmpty() ? "globally" : "for deck " + scope;
        if (applied) {
            out.println("Applied " + target + ": used from the next answer on ('gloss config unset parameters"
                    + (scope.isEmpty() ? "" : " --deck " + quoteIfNeeded(scope)) + "' restores the defaults).");
        } else if (apply) {
            out.println("Not applied: the fitted parameters do not predict your history better than the current ones.");
        } else if (revlog == null) {
            out.println("Not applied. Run again with --apply to use them " + target + ".");
        }
    }

    private static String rounded(Parameters p) {
        StringBuilder sb = new StringBuilder();
        for (double w : p.toArray()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", w));
        }
        return sb.toString();
    }

    private static String quoteIfNeeded(String s) {
        return s.contains(" ") ? "\"" + s + "\"" : s;
    }

    private static void row(PrintStream out, String label, Evaluation e) {
        out.printf(Locale.ROOT, "%-12s  %.4f     %.4f%n", label, e.logLoss(), e.rmseBins());
    }

    private void printJson(FitResult r, Parameters current, boolean applied, int reviews) {
        JsonOut.write(context.io().out(), g -> {
            g.writeStartObject();
            g.writeStringField("status", r.isFitted() ? "fitted" : "not_enough_history");
            g.writeNumberField("items", r.items());
            g.writeNumberField("reviews", reviews);
            g.writeNumberField("minimum_items", r.minimumItems());
            g.writeObjectFieldStart("current");
            g.writeNumberField("log_loss", r.current().logLoss());
            g.writeNumberField("rmse_bins", r.current().rmseBins());
            g.writeArrayFieldStart("parameters");
            for (double w : current.toArray()) {
                g.writeNumber(w);
            }
            g.writeEndArray();
            g.writeEndObject();
            if (r.isFitted()) {
                g.writeObjectFieldStart("fitted");
                g.writeNumberField("log_loss", r.fitted().logLoss());
                g.writeNumberField("rmse_bins", r.fitted().rmseBins());
                g.writeArrayFieldStart("parameters");
                for (double w : r.parameters().toArray()) {
                    g.writeNumber(w);
                }
                g.writeEndArray();
                g.writeEndObject();
            } else {
                g.writeNullField("fitted");
                g.writeStringField("message", r.explanation());
            }
            g.writeBooleanField("applied", applied);
            g.writeEndObject();
        });
    }

}
