package dev.gloss.schedule.optimizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * fsrs-rs's outlier filter. Items with exactly one long-term review (the first-interval outcomes
 * that pre-training fits S0 on) are grouped by first rating and first interval; per rating, the
 * smallest interval groups making up 5% of the items (at least 20) are dropped, as are groups with
 * fewer than 6 items or intervals above 100 days (365 for Easy). All items of the cards in a dropped
 * (rating, interval) group leave the training set too.
 */
final class OutlierFilter {
    record Split(List<Item> initialization, List<Item> training) {
    }

    private OutlierFilter() {
    }

    static Split apply(List<Item> items) {
        Map<Integer, Map<Integer, List<Item>>> groups = new TreeMap<>();
        for (Item item : items) {
            if (item.longTermReviewCount() == 1) {
                groups.computeIfAbsent(item.history().rating(0), r -> new TreeMap<>())
                        .computeIfAbsent(item.firstLongTermDeltaT(), t -> new ArrayList<>())
                        .add(item);
            }
        }
        List<Item> initialization = new ArrayList<>();
        Set<Long> removed = new HashSet<>();
        for (Map.Entry<Integer, Map<Integer, List<Item>>> byRating : groups.entrySet()) {
            int rating = byRating.getKey();
            List<Map.Entry<Integer, List<Item>>> subGroups = new ArrayList<>(byRating.getValue().entrySet());
            // smallest groups first; among equal sizes, shorter intervals first
            subGroups.sort((a, b) -> a.getValue().size() != b.getValue().size()
                    ? Integer.compare(a.getValue().size(), b.getValue().size())
                    : Integer.compare(a.getKey(), b.getKey()));
            int total = subGroups.stream().mapToInt(e -> e.getValue().size()).sum();
            int toRemove = Math.max(20, total / 20);
            int removedSoFar = 0;
            for (Map.Entry<Integer, List<Item>> group : subGroups) {
                int deltaT = group.getKey();
                int size = group.getValue().size();
                if (removedSoFar + size >= toRemove) {
                    if (size >= 6 && deltaT <= (rating != 4 ? 100 : 365)) {
                        initialization.addAll(group.getValue());
                    } else {
                        removed.add(key(rating, deltaT));
                    }
                } else {
                    removedSoFar += size;
                    removed.add(key(rating, deltaT));
                }
            }
        }
        List<Item> training = new ArrayList<>(items.size());
        for (Item item : items) {
            if (item.longTermReviewCount() == 0
                    || !removed.contains(key(item.history().rating(0), item.firstLongTermDeltaT()))) {
                training.add(item);
            }
        }
        return new Split(initialization, training);
    }

    private static long key(int rating, int deltaT) {
        return ((long) rating << 32) | (deltaT & 0xffffffffL);
    }
}
