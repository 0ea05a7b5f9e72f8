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
     * migrated to 21 the way ts-fsrs does. Values are used as given (see {@link #w(int)}).
     */
    public static Parameters of(double... weights) {
        double[] migrated = Migration.toFsrs6(weights);
        for (int i = 0; i < migrated.length; i++) {
            if (!Double.isFinite(migrated[i])) {
                throw new IllegalArgumentException("parameter w" + i + " is not a finite number");
            }
        }
        return new Parameters(migrated);
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
                    double[] out = Arrays.copyOf(w, COUNT);
                    out[4] = round8(w[4] + 2 * w[5]);
                    out[5] = round8(Math.log(3 * w[5] + 1) / 3);
                    out[6] = round8(w[6] + 0.5);
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

        private static double round8(double x) {
            return Math.round(x * 1e8) / 1e8;
        }
    }
}
