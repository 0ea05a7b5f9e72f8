package dev.gloss.stats;

import dev.gloss.schedule.Fsrs;
import dev.gloss.schedule.StudyCalendar;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the figures are computed from: review-log groups, calibration groups, the new cards counted and the
 * states of the other cards of the selected decks, the study calendar, the clock's reading, and each deck's
 * scheduler (for its forgetting curve).
 *
 * @param deck       the deck asked for, or null for every deck
 * @param decks      names of the decks included
 * @param seenCards  the cards answered at least once (state not New), suspended ones included
 * @param schedulers by deck id; decks missing here use {@code defaultScheduler}
 * @param days       window of the heatmap and hourly breakdown, in study days ending today (1..3650)
 */
public record StatsInput(String deck, List<String> decks, List<ReviewGroup> reviews,
                         List<CalibrationGroup> calibration, NewCards newCards, List<CardState> seenCards,
                         Map<Long, Fsrs> schedulers,
                         Fsrs defaultScheduler, StudyCalendar calendar, Instant now, int days) {
    public static final int MAX_DAYS = 3650;
    public static final int DEFAULT_DAYS = 365;

    public StatsInput {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1.." + MAX_DAYS + ", got " + days);
        }
        if (calendar == null || now == null || defaultScheduler == null || newCards == null) {
            throw new IllegalArgumentException("calendar, now, new cards and a default scheduler are required");
        }
        decks = List.copyOf(decks);
        reviews = List.copyOf(reviews);
        calibration = List.copyOf(calibration);
        seenCards = List.copyOf(seenCards);
        schedulers = Map.copyOf(schedulers);
    }

    Fsrs schedulerFor(long deckId) {
        return schedulers.getOrDefault(deckId, defaultScheduler);
    }
}
