package dev.gloss.schedule.optimizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The reviews of one card that training uses, in time order. Every training item of the card is a
 * prefix of this history, so the items share it instead of copying their reviews.
 */
public final class CardHistory {
    private final String cardId;
    private final int[] ratings;
    private final int[] deltaTs;

    public CardHistory(String cardId, List<Review> reviews) {
        if (reviews.isEmpty()) {
            throw new IllegalArgumentException("a card history needs at least one review");
        }
        this.cardId = cardId;
        this.ratings = new int[reviews.size()];
        this.deltaTs = new int[reviews.size()];
        for (int i = 0; i < reviews.size(); i++) {
            ratings[i] = reviews.get(i).rating();
            deltaTs[i] = reviews.get(i).deltaT();
        }
    }

    public String cardId() {
        return cardId;
    }

    public int size() {
        return ratings.length;
    }

    public int rating(int index) {
        return ratings[index];
    }

    public int deltaT(int index) {
        return deltaTs[index];
    }

    public List<Review> reviews() {
        List<Review> list = new ArrayList<>(ratings.length);
        for (int i = 0; i < ratings.length; i++) {
            list.add(new Review(ratings[i], deltaTs[i]));
        }
        return Collections.unmodifiableList(list);
    }
}
