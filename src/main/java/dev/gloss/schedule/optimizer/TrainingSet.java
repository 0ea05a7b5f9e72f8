package dev.gloss.schedule.optimizer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Items regrouped by card: each card's history is replayed once and the loss of every item it
 * contains is read off along the way. The objective is the same as replaying each item on its own,
 * at a fraction of the cost. Flat arrays, for speed.
 */
final class TrainingSet {
    /** Start of sequence k in the flat arrays; sequence k spans [start[k], start[k+1]). */
    final int[] start;
    final int[] ratings;
    final int[] deltaTs;
    /** Loss weight of the item ending at this review, 0 where no item ends. */
    final double[] weights;
    /** Number of items per sequence. */
    final int[] itemCounts;
    final int itemCount;
    final double totalWeight;

    private TrainingSet(int[] start, int[] ratings, int[] deltaTs, double[] weights, 
                        int[] itemCounts, int itemCount, double totalWeight) {
        this.start = start;
        this.ratings = ratings;
        this.deltaTs = deltaTs;
        this.weights = weights;
        this.itemCounts = itemCounts;
        this.itemCount = itemCount;
        this.totalWeight = totalWeight;
    }

    int sequenceCount() {
        return start.length - 1;
    }

    /**
     * Groups items that share a card history; sequences keep the order in which their cards first
     * appear in {@code items}. Two items of the same card and length (duplicates) add up their weights.
     */
    static TrainingSet of(List<Item> items, double[] itemWeights) {
        Map<CardHistory, List<Integer>> byHistory = new IdentityHashMap<>();
        List<CardHistory> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CardHistory history = items.get(i).history();
            List<Integer> members = byHistory.get(history);
            if (members == null) {
                members = new ArrayList<>();
                byHistory.put(history, members);
                order.add(history);
            }
            members.add(i);
        }
        int total = 0;
        int[] lengths = new int[order.size()];
        for (int k = 0; k < order.size(); k++) {
            int longest = 0;
            for (int i : byHistory.get(order.get(k))) {
                longest = Math.max(longest, items.get(i).length());
            }
            lengths[k] = longest;
            total += longest;
        }
        int[] start = new int[order.size() + 1];
        int[] ratings = new int[total];
        int[] deltaTs = new int[total];
        double[] weights = new double[total];
        int[] itemCounts = new int[order.size()];
        double totalWeight = 0;
        int offset = 0;
        for (int k = 0; k < order.size(); k++) {
            CardHistory history = order.get(k);
            start[k] = offset;
            for (int j = 0; j < lengths[k]; j++) {
                ratings[offset + j] = history.rating(j);
                deltaTs[offset + j] = history.deltaT(j);
            }
            for (int i : byHistory.get(history)) {
                int at = offset + items.get(i).length() - 1;
                weights[at] += itemWeights[i];
                totalWeight += itemWeights[i];
            }
            itemCounts[k] = byHistory.get(history).size();
            offset += lengths[k];
        }
        start[order.size()] = offset;
        return new TrainingSet(start, ratings, deltaTs, weights, itemCounts, items.size(), totalWeight);
    }
}
