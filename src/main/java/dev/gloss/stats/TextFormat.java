package dev.gloss.stats;

import java.util.Locale;

/** Numbers, shares, durations and bars as short text for the report. */
final class TextFormat {
    private static final char[] EIGHTHS = {' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'};
    static final String NONE = "—";

    private TextFormat() {
    }

    /** 12,345 */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 91.2%, or — when there is nothing to divide by. */
    static String percent(Double share) {
        return share == null ? NONE : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** Whole percent: 91%, or — when there is nothing to divide by. */
    static String wholePercent(Double share) {
        return share == null ? NONE : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** 45s, 12m 30s, 4h 05m. */
    static String duration(long ms) {
        long s = Math.round(ms / 1000.0);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%,dh %02dm", s / 3600, s % 3600 / 60);
    }

    static String decimal(Double v, int places) {
        return v == null ? NONE : String.format(Locale.ROOT, "%." + places + "f", v);
    }

    /**
     * A horizontal bar of {@code value / max} of {@code cells} columns, drawn in eighths; any value above zero
     * shows at least a sliver.
     */
    static String bar(double value, double max, int cells) {
        if (!(value > 0) || !(max > 0) || cells <= 0) {
            return "";
        }
        long eighths = Math.max(1, Math.round(Math.min(1, value / max) * cells * 8));
        StringBuilder b = new StringBuilder();
        b.append("█".repeat((int) (eighths / 8)));
        if (eighths % 8 != 0) {
            b.append(EIGHTHS[(int) (eighths % 8)]);
        }
        return b.toString();
    }

    static String padRight(String s, int width) {
        int pad = width - s.codePointCount(0, s.length());
        return pad <= 0 ? s : s + " ".repeat(pad);
    }

    static String padLeft(String s, int width) {
        int pad = width - s.codePointCount(0, s.length());
        return pad <= 0 ? s : " ".repeat(pad) + s;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
