package dev.gloss.study;

import dev.gloss.schedule.State;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Today's cards in the order they are shown: learning cards that are due, then due reviews, then
 * new cards; when nothing else is left, learning cards due within the learn-ahead limit (as Anki
 * does, so a session does not stall on a card due in a minute).
 */
final class SessionQueue {
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final PriorityQueue<StudyCard> learning =
            new PriorityQueue<>(Comparator.comparing((StudyCard c) -> c.schedule().due()).thenComparing(StudyCard::id));
    private final Deque<StudyCard> reviews = new ArrayDeque<>();
    private final Deque<StudyCard> fresh = new ArrayDeque<>();
    private final Instant endOfDay;

    SessionQueue(List<StudyCard> due, List<StudyCard> newCards, Instant endOfDay) {
        this.endOfDay = endOfDay;
        List<StudyCard> sortedReviews = new ArrayList<>();
        for (StudyCard c : due) {
            if (c.schedule().state() == State.REVIEW) {
                sortedReviews.add(c);
            } else {
                learning.add(c);
            }
        }
        sortedReviews.sort(Comparator.comparing((StudyCard c) -> c.schedule().due()).thenComparing(StudyCard::id));
        reviews.addAll(sortedReviews);
        fresh.addAll(newCards);
    }

    /** The next card to show at {@code now}, removed from the queue. */
    Optional<StudyCard> next(Instant now) {
        StudyCard head = learning.peek();
        if (head != null && !head.schedule().due().isAfter(now)) {
            return Optional.of(learning.poll());
        }
        if (!reviews.isEmpty()) {
            return Optional.of(reviews.poll());
        }
        if (!fresh.isEmpty()) {
            return Optional.of(fresh.poll());
        }
        if (head != null && !head.schedule().due().isAfter(now.plus(LEARN_AHEAD))) {
            return Optional.of(learning.poll());
        }
        return Optional.empty();
    }

    /** Puts an answered card back if it comes due again today (learning steps). */
    void requeue(StudyCard card) {
        State s = card.schedule().state();
        boolean inSteps = s == State.LEARNING || s == State.RELEARNING;
        if (inSteps && card.schedule().due().isBefore(endOfDay)) {
            learning.add(card);
        }
    }

    /** Forgets a card (undone, suspended, buried, skipped): it will not come up again from the queue. */
    void remove(long cardId) {
        learning.removeIf(c -> c.id() == cardId);
        reviews.removeIf(c -> c.id() == cardId);
        fresh.removeIf(c -> c.id() == cardId);
    }

    /** Puts a card back in its list, as it was before an answer that has been undone. */
    void restore(StudyCard card) {
        switch (card.schedule().state()) {
            case NEW -> fresh.addFirst(card);
            case REVIEW -> reviews.addFirst(card);
            default -> learning.add(card);
        }
    }

    int newCount() {
        return fresh.size();
    }

    int learningCount() {
        return learning.size();
    }

    int reviewCount() {
        return reviews.size();
    }

    /** The earliest learning card still waiting, if any (for "next card due at 16:40"). */
    Optional<Instant> nextLearningDue() {
        StudyCard head = learning.peek();
        return head == null ? Optional.empty() : Optional.of(head.schedule().due());
    }
}
