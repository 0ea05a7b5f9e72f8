package dev.gloss.study;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Short interval labels as Anki shows them on its answer buttons: 1m, 10m, 3h, 8d, 3.2mo, 1.5y. */
public final class IntervalLabel {
    private IntervalLabel() {
    }

    public static String between(Instant now, Instant due) {
        return of(Duration.between(now, due));
    }

    public static String of(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + "m";
        }
        double hours = seconds / 3600.0;
        if (hours < 24) {
            return trim(hours) + "h";
        }
        double days = seconds / 86400.0;
        if (days < 30) {
            return Math.round(days) + "d";
        }
        if (days < 365) {
            return trim(days / 30.0) + "mo";
        }
        return trim(days / 365.0) + "y";
    }

    private static String trim(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}
