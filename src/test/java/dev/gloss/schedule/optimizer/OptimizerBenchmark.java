package dev.gloss.schedule.optimizer;

import java.util.Arrays;
import java.util.Locale;

/**
 * Not a test: fits the reference case several times in one JVM and prints the times (bench/optimizer/run).
 * Arguments: [fits] [short-term true|false] [csv resource] [json resource].
 */
public final class OptimizerBenchmark {
    private OptimizerBenchmark() {
    }

    public static void main(String[] args) {
        int fits = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        boolean shortTerm = args.length <= 1 || Boolean.parseBoolean(args[1]);
        String csv = args.length > 2 ? args[2] : "reference-revlog.csv";
        String json = args.length > 3 ? args[3] : "reference-case.json";
        long loadStart = System.nanoTime();
        ReferenceCase history = ReferenceCase.load(csv, json);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        FitOptions options = FitOptions.defaults().withEnableShortTerm(shortTerm);

        double[] seconds = new double[fits];
        FitResult result = null;
        for (int i = 0; i < fits; i++) {
            long start = System.nanoTime();
            result = Optimizer.fit(history.items(), options, ProgressListener.NONE);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = fits % 2 == 1 ? sorted[fits / 2] : (sorted[fits / 2 - 1] + sorted[fits / 2]) / 2;
        System.out.printf(Locale.ROOT, "case %s, short-term %s: %d items, reading + item building %.3f s%n",
                csv, shortTerm, result.items(), loadSeconds);
        System.out.printf(Locale.ROOT, "fit seconds over %d fits: first %.3f, median %.3f, min %.3f, max %.3f%n",
                fits, seconds[0], median, sorted[0], sorted[fits - 1]);
        System.out.printf(Locale.ROOT, "log loss %.7f -> %.7f, RMSE(bins) %.7f -> %.7f%n",
                result.current().logLoss(), result.fitted().logLoss(),
                result.current().rmseBins(), result.fitted().rmseBins());
        System.out.println("fitted " + result.parameters().format());
    }
}
