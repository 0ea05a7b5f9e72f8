package dev.gloss.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Review-log rows grouped as the store's query groups them: by quarter hour, state before and rating. */
public final class ReviewGroups {
    private ReviewGroups() {
    }

    public static List<ReviewGroup> of(Collection<ReviewRow> rows) {
        record Key(long quarter, int state, int rating) {
        }
        Map<Key, long[]> sums = new HashMap<>();
        for (ReviewRow r : rows) {
            Key key = new Key(Math.floorDiv(r.reviewedAt().toEpochMilli(), ReviewGroup.QUARTER_MS), r.stateBefore(),
                    r.rating());
            long[] s = sums.computeIfAbsent(key, k -> new long[3]);
            s[0]++;
            s[1] += r.durationMs();
            s[2] += r.intervalBefore() >= StatsReport.MATURE_DAYS ? 1 : 0;
        }
        List<ReviewGroup> out = new ArrayList<>();
        sums.forEach((k, s) -> out.add(new ReviewGroup(k.quarter(), k.state(), k.rating(), (int) s[0], s[1],
                (int) s[2])));
        out.sort(Comparator.comparingLong(ReviewGroup::quarter).thenComparingInt(ReviewGroup::stateBefore)
                .thenComparingInt(ReviewGroup::rating));
        return out;
    }
}
