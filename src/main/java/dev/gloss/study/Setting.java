package dev.gloss.study;

import dev.gloss.schedule.Parameters;
import dev.gloss.schedule.SchedulerConfig;

import java.util.Locale;

/**
 * The options a user can set with {@code gloss config}: each knows its key, default, help and how
 * to check a value. Values are stored as text.
 */
public enum Setting {
    DESIRED_RETENTION("desired-retention", "0.9",
            "probability of recall you aim for at the due date (0.70 to 0.99)") {
        @Override
        String check(String value) {
            double v = parseDouble(value);
            if (!(v >= 0.70 && v <= 0.99)) {
                throw invalid(value, "a number from 0.70 to 0.99");
            }
            return trimNumber(value);
        }
    },
    LEARNING_STEPS("learning-steps", "1m 10m", "steps for new cards, e.g. \"1m 10m\" (m, h or d; empty for none)") {
        @Override
        String check(String value) {
            return steps(value);
        }
    },
    RELEARNING_STEPS("relearning-steps", "10m", "steps after a lapse, e.g. \"10m\" (m, h or d; empty for none)") {
        @Override
        String check(String value) {
            return steps(value);
        }
    },
    NEW_PER_DAY("new-per-day", "20", "new cards per deck per day (0 to 9999)") {
        @Override
        String check(String value) {
            return String.valueOf(parseInt(value, 0, 9999));
        }
    },
    MAXIMUM_INTERVAL("maximum-interval", "36500", "longest interval in days (1 to 36500)") {
        @Override
        String check(String value) {
            return String.valueOf(parseInt(value, 1, 36500));
        }
    },
    FUZZ("fuzz", "on", "spread intervals a little so cards learnt together drift apart (on or off)") {
        @Override
        String check(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "on", "true", "yes", "1" -> "on";
                case "off", "false", "no", "0" -> "off";
                default -> throw invalid(value, "on or off");
            };
        }
    },
    DAY_START_HOUR("day-start-hour", "4", "local hour at which a new study day begins (0 to 23)") {
        @Override
        String check(String value) {
            return String.valueOf(parseInt(value, 0, 23));
        }
    },
    PARAMETERS("parameters", Parameters.defaults().format(),
            "the 21 FSRS-6 weights (set by 'gloss optimize --apply'; 'gloss config unset parameters' restores the defaults)") {
        @Override
        String check(String value) {
            try {
                return Parameters.parse(value).format();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid value for parameters: " + e.getMessage());
            }
        }
    };

    private final String key;
    private final String defaultValue;
    private final String help;

    Setting(String key, String defaultValue, String help) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.help = help;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String help() {
        return help;
    }

    /** The value in canonical form, or IllegalArgumentException naming the valid range. */
    abstract String check(String value);

    public String normalize(String value) {
        return check(value == null ? "" : value);
    }

    public static Setting byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equalsIgnoreCase(key.trim())) {
                return s;
            }
        }
        StringBuilder keys = new StringBuilder();
        for (Setting s : values()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(s.key);
        }
        throw new IllegalArgumentException("unknown setting '" + key + "' (known: " + keys + ")");
    }

    private static IllegalArgumentException invalid(String value, String expected) {
        return new IllegalArgumentException("invalid value '" + value + "': expected " + expected);
    }

    private static double parseDouble(String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String trimNumber(String value) {
        String s = Double.toString(Double.parseDouble(value.trim()));
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    final int parseInt(String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the valid range
        }
        throw new IllegalArgumentException("invalid value '" + value + "' for " + key + ": expected a whole number from "
                + min + " to " + max);
    }

    private static String steps(String value) {
        return SchedulerConfig.formatSteps(SchedulerConfig.parseSteps(value));
    }
}
