package dev.gloss.schedule.optimizer;

import java.util.List;

/**
 * A training item: one review of a card (the last of {@code length}) together with the card's
 * earlier reviews, which the model replays to predict it.
 *
 * @param history      the card's reviews; this item is its first {@code length}
 * @param length       number of reviews in the item, at least 2
 * @param reviewTimeMs when the predicted review happened (items are ordered by it)
 */
public record Item(CardHistory history, int length, long reviewTimeMs) {
    public Item {
        if (length < 2 || length > history.size()) {
            throw new IllegalArgumentException("item length must be 2.." + history.size() + ", got " + length);
        }
    }

    /** An item with its own history, for callers that build items directly. */
    public static Item of(String cardId, long reviewTimeMs, List<Review> reviews) {
        return new Item(new CardHistory(cardId, reviews), reviews.size(), reviewTimeMs);
    }

    public String cardId() {
        return history.cardId();
    }

    public List<Review> reviews() {
        return history.reviews().subList(0, length);
    }

    /** Index of the predicted review in the history. */
    public int currentIndex() {
        return length - 1;
    }

    public int currentRating() {
        return history.rating(length - 1);
    }

    public int currentDeltaT() {
        return history.deltaT(length - 1);
    }

    /** The outcome the model predicts: 1 if the card was recalled (rating above Again). */
    public int label() {
        return currentRating() > 1 ? 1 : 0;
    }

    /** Reviews on a later day than the one before them (delta_t > 0), the predicted one included. */
    public int longTermReviewCount() {
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (history.deltaT(i) > 0) {
                count++;
            }
        }
        return count;
    }

    /** Earlier reviews (the predicted one excluded) that were Again on a later day. */
    public int longTermLapseCount() {
        int count = 0;
        for (int i = 0; i < length - 1; i++) {
            if (history.rating(i) == 1 && history.deltaT(i) > 0) {
                count++;
            }
        }
        return count;
    }

    /** delta_t of the first review with delta_t > 0, or 0 if there is none. */
    public int firstLongTermDeltaT() {
        for (int i = 0; i < length; i++) {
            if (history.deltaT(i) > 0) {
                return history.deltaT(i);
            }
        }
        return 0;
    }

    /** Index of the first review with delta_t > 0, or -1. */
    public int firstLongTermIndex() {
        for (int i = 0; i < length; i++) {
            if (history.deltaT(i) > 0) {
                return i;
            }
        }
        return -1;
    }
}
