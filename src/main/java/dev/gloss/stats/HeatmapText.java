package dev.gloss.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calendar heatmap as text: weeks as columns (Monday on top), one character a day shaded by how many
 * answers it had against the busiest day, month labels above. Wider than the screen, it continues below.
 */
final class HeatmapText {
    private static final char EMPTY = '·';
    private static final char[] SHADES = {'░', '▒', '▓', '█'};
    private static final String[] WEEKDAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    private static final int INDENT = 5;

    private HeatmapText() {
    }

    static List<String> render(StatsReport.Heatmap heatmap, int width) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        heatmap.days().forEach(d -> counts.put(d.date(), d.reviews()));
        int max = heatmap.busiest().map(StatsReport.DayCount::reviews).orElse(0);
        LocalDate firstMonday = heatmap.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) (ChronoUnit.DAYS.between(firstMonday, heatmap.to()) / 7 + 1);
        int perBlock = Math.max(1, width - INDENT);
        List<String> lines = new ArrayList<>();
        for (int first = 0; first < weeks; first += perBlock) {
            int last = Math.min(weeks, first + perBlock);
            if (first > 0) {
                lines.add("");
            }
            lines.add(monthLine(firstMonday, first, last, width));
            for (int weekday = 0; weekday < 7; weekday++) {
                StringBuilder row = new StringBuilder("  ").append(WEEKDAYS[weekday]).append(' ');
                for (int w = first; w < last; w++) {
                    LocalDate day = firstMonday.plusDays(w * 7L + weekday);
                    boolean inside = !day.isBefore(heatmap.from()) && !day.isAfter(heatmap.to());
                    row.append(inside ? shade(counts.getOrDefault(day, 0), max) : ' ');
                }
                lines.add(row.toString().stripTrailing());
            }
        }
        lines.add(legend(max));
        return lines;
    }

    /** Month names over the weeks in which a month begins; the year instead of "Jan". */
    private static String monthLine(LocalDate firstMonday, int first, int last, int width) {
        StringBuilder line = new StringBuilder(" ".repeat(INDENT));
        int free = INDENT;
        for (int w = first; w < last; w++) {
            LocalDate monday = firstMonday.plusDays(w * 7L);
            LocalDate firstOfMonth = monday.plusDays(6).withDayOfMonth(1);
            if (firstOfMonth.isBefore(monday)) {
                continue; // no month begins in this week
            }
            String label = firstOfMonth.getMonthValue() == 1 ? String.valueOf(firstOfMonth.getYear())
                    : firstOfMonth.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            int at = INDENT + w - first;
            if (at < free || at + label.length() > width) {
                continue;
            }
            while (line.length() < at) {
                line.append(' ');
            }
            line.append(label);
            free = at + label.length() + 1;
        }
        return line.toString().stripTrailing();
    }

    /** Shade k of 4 covers counts above (k−1)/4 and up to k/4 of the busiest day. */
    static char shade(int count, int max) {
        if (count <= 0 || max <= 0) {
            return EMPTY;
        }
        int level = (int) Math.ceil(4.0 * count / max);
        return SHADES[Math.min(4, Math.max(1, level)) - 1];
    }

    private static String legend(int max) {
        StringBuilder b = new StringBuilder("     ").append(EMPTY).append(" none");
        for (int level = 1; level <= 4; level++) {
            int from = (int) Math.floor(max * (level - 1) / 4.0) + 1;
            int to = (int) Math.floor(max * level / 4.0);
            if (from > to) {
                continue;
            }
            b.append("  ").append(SHADES[level - 1]).append(' ').append(TextFormat.count(from));
            if (to > from) {
                b.append('–').append(TextFormat.count(to));
            }
        }
        return b.toString();
    }
}
