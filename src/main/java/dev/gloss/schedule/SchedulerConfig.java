package dev.gloss.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the scheduler behaves: the weights and the options Anki exposes.
 *
 * @param desiredRetention target probability of recall at the due date, in (0, 1]
 * @param learningSteps    steps for new cards (default 1m 10m)
 * @param relearningSteps  steps after a lapse (default 10m)
 * @param maximumInterval  longest interval in days
 * @param fuzz             spread review intervals a little so cards learnt together do not stay together
 * @param shortTerm        use learning steps and the same-day stability formula (ts-fsrs enable_short_term)
 */
public record SchedulerConfig(Parameters parameters, double desiredRetention, List<Duration> learningSteps,
                              List<Duration> relearningSteps, int maximumInterval, boolean fuzz,
                              boolean shortTerm) {

    public SchedulerConfig {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters are required");
        }
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1], got " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, got " + maximumInterval);
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    /** ts-fsrs defaults: FSRS-6 weights, retention 0.9, steps 1m 10m / 10m, 36500 days, fuzz off, short-term on. */
    public static SchedulerConfig defaults() {
        return new SchedulerConfig(Parameters.defaults(), 0.9, parseSteps("1m 10m"), parseSteps("10m"), 36500,
                false, true);
    }

    public SchedulerConfig withParameters(Parameters p) {
        return new SchedulerConfig(p, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzz,
                shortTerm);
    }

    public SchedulerConfig withFuzz(boolean on) {
        return new SchedulerConfig(parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, on,
                shortTerm);
    }

    /**
     * Parses steps such as {@code "1m 10m"} or {@code "10m, 1h, 1d"}: whole numbers with {@code m}, {@code h}
     * or {@code d}. An empty string means no steps.
     */
    public static List<Duration> parseSteps(String text) {
        List<Duration> steps = new ArrayList<>();
        for (String part : text.trim().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,6}[mhd]")) {
                throw new IllegalArgumentException("step '" + part
                        + "' is not a whole number followed by m, h or d (e.g. \"1m 10m\")");
            }
            long n = Long.parseLong(part.substring(0, part.length() - 1));
            if (n == 0) {
                throw new IllegalArgumentException("step '" + part + "' must be longer than zero");
            }
            steps.add(switch (part.charAt(part.length() - 1)) {
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        }
        return steps;
    }

    public static String formatSteps(List<Duration> steps) {
        return steps.stream().map(SchedulerConfig::formatStep).collect(Collectors.joining(" "));
    }

    private static String formatStep(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % 1440 == 0) {
            return String.format(Locale.ROOT, "%dd", minutes / 1440);
        }
        if (minutes % 60 == 0) {
            return String.format(Locale.ROOT, "%dh", minutes / 60);
        }
        return minutes + "m";
    }
}
