package dev.gloss.stats;

import java.time.LocalDate;
import java.util.Set;

/** Runs of consecutive study days with at least one answer. */
final class Streaks {
    private Streaks() {
    }

    /** @param activeDays days with answers, none after {@code today} */
    static StatsReport.Streak of(Set<LocalDate> activeDays, LocalDate today) {
        boolean studiedToday = activeDays.contains(today);
        // today is not over: until it is, a run that reached yesterday is still going
        LocalDate end = studiedToday ? today : today.minusDays(1);
        int current = 0;
        for (LocalDate d = end; activeDays.contains(d); d = d.minusDays(1)) {
            current++;
        }
        int longest = 0;
        for (LocalDate d : activeDays) {
            if (!activeDays.contains(d.minusDays(1))) {
                int run = 1;
                while (activeDays.contains(d.plusDays(run))) {
                    run++;
                }
                longest = Math.max(longest, run);
            }
        }
        return new StatsReport.Streak(current, longest, studiedToday, activeDays.size());
    }
}
