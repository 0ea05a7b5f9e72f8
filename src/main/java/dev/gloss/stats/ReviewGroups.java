package dev.gloss.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Review-log rows grouped as the store's query groups them: by quarter hour and state before. */
public final class ReviewGroups {
    private ReviewGroups() {
    }

    public static List<ReviewGroup> of(Collection<ReviewRow> rows) {
        record Key(long quarter, int state) {
        }
        Map<Key, long[]> sums = new HashMap<>();
        for (ReviewRow r : rows) {
            Key key = new Key(Math.floorDiv(r.reviewedAt().toEpochMilli(), ReviewGroup.QUARTER_MS), r.stateBefore());
            long[] s = sums.computeIfAbsent(key, k -> new long[5]);
            boolean mature = r.intervalBefore() >= StatsReport.MATURE_DAYS;
            s[0]++;
            s[1] += r.recalled() ? 0 : 1;
            s[2] += r.durationMs();
            s[3] += mature ? 1 : 0;
            s[4] += mature && !r.recalled() ? 1 : 0;
        }
        List<ReviewGroup> out = new ArrayList<>();
        sums.forEach((k, s) -> out.add(new ReviewGroup(k.quarter(), k.state(), (int) s[0], (int) s[1], s[2],
                (int) s[3], (int) s[4])));
        out.sort(Comparator.comparingLong(ReviewGroup::quarter).thenComparingInt(ReviewGroup::stateBefore));
        return out;
    }
}
