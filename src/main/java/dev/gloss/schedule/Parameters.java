package dev.gloss.schedule;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The 21 FSRS-6 weights w0..w20. Immutable. */
public final class Parameters {
    public static final int COUNT = 21;

    private static final double[] FSRS6_DEFAULTS = {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    private final double[] w;

    private Parameters(double[] w) {
        this.w = w;
    }

    public static Parameters defaults() {
        return new Parameters(FSRS6_DEFAULTS.clone());
    }

    /**
     * Parameters as given, of length 21 (FSRS-6), 19 (FSRS-5) or 17 (FSRS-4.5); shorter lists are
     * migrated to 21 the way ts-fsrs does. Values are kept as given (see {@link #w(int)}), except that an
     * FSRS-4.5 list's w4..w6 are clamped into range before the conversion, as ts-fsrs does; the scheduler
     * clamps the rest ({@link Fsrs#effectiveParameters()}).
     */
    public static Parameters of(double... weights) {
        if (weights != null) {
            for (int i = 0; i < weights.length; i++) {
                if (!Double.isFinite(weights[i])) {
                    throw new IllegalArgumentException("parameter w" + i + " is not a finite number");
                }
            }
        }
        return new Parameters(Migration.toFsrs6(weights));
    }

    /** Parses 21 (or 19 / 17) numbers separated by commas and/or spaces. */
    public static Parameters parse(String text) {
        String[] parts = text.trim().replace("[", "").replace("]", "").split("[,\\s]+");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter w" + i + " is not a number: '" + parts[i] + "'");
            }
        }
        return of(values);
    }

    public double w(int i) {
        return w[i];
    }

    public double[] toArray() {
        return w.clone();
    }

    public boolean isDefault() {
        return Arrays.equals(w, FSRS6_DEFAULTS);
    }

    /** Comma-separated, shortest round-trip form; {@link #parse} reads it back. */
    public String format() {
        return Arrays.stream(w).mapToObj(v -> {
            String s = Double.toString(v);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && Arrays.equals(w, p.w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Parameters[%s]", format());
    }

    /** FSRS-4.5 (17) and FSRS-5 (19) parameter lists to FSRS-6 (21), as ts-fsrs 5.4.2 migrates them. */
    static final class Migration {
        private Migration() {
        }

        static double[] toFsrs6(double[] w) {
            if (w == null) {
                throw new IllegalArgumentException("parameters are missing");
            }
            return switch (w.length) {
                case COUNT -> w.clone();
                case 19 -> {
                    double[] out = Arrays.copyOf(w, COUNT);
                    out[19] = 0.0;
                    out[20] = 0.5;
                    yield out;
                }
                case 17 -> {
                    // ts-fsrs converts w4..w6 after clamping them into their ranges, and rounds with toFixed(8).
                    double w4 = ParameterLimits.clampTo(w[4], 1, 10);
                    double w5 = ParameterLimits.clampTo(w[5], 0.001, 4);
                    double w6 = ParameterLimits.clampTo(w[6], 0.001, 4);
                    double[] out = Arrays.copyOf(w, COUNT);
                    out[4] = Rounding.toFixed8(w5 * 2 + w4);
                    out[5] = Rounding.toFixed8(StrictMath.log(w5 * 3 + 1) / 3);
                    out[6] = Rounding.toFixed8(w6 + 0.5);
                    out[17] = 0;
                    out[18] = 0;
                    out[19] = 0;
                    out[20] = 0.5;
                    yield out;
                }
                default -> throw new IllegalArgumentException(
                        "FSRS needs 21 parameters (or 19 / 17 from older versions), got " + w.length);
            };
        }
    }
}
