package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.StudyCalendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a review log into training items the way the FSRS binding's {@code convertCsvToFsrsItems}
 * does (ALGORITHM.md §10): per card, in time order, keep the reviews from the card's last
 * contiguous block of New/Learning entries onward; count delta_t in study days; each review after
 * the first becomes an item (the history up to and including it) if its delta_t is above 0.
 * Items come out ordered by review time.
 */
public final class TrainingItems {
    private static final Comparator<ReviewRecord> BY_CARD_THEN_TIME =
            Comparator.comparing(ReviewRecord::cardId).thenComparingLong(ReviewRecord::reviewTimeMs);

    private TrainingItems() {
    }

    /**
     * @param records      the review log in any order; entries with a rating outside 1..4 (manual
     *                     entries) are ignored
     * @param zone         the zone study days are counted in
     * @param dayStartHour the local hour a study day starts (0..23)
     */
    public static List<Item> build(List<ReviewRecord> records, ZoneId zone, int dayStartHour) {
        StudyDays days = new StudyDays(new StudyCalendar(zone, dayStartHour));
        List<ReviewRecord> sorted = records.stream()
                .filter(r -> r.rating() >= 1 && r.rating() <= 4)
                .sorted(BY_CARD_THEN_TIME)
                .toList();
        List<Item> items = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            int end = start;
            String cardId = sorted.get(start).cardId();
            while (end < sorted.size() && sorted.get(end).cardId().equals(cardId)) {
                end++;
            }
            addCardItems(sorted.subList(start, end), days, items);
            start = end;
        }
        items.sort(Comparator.comparingLong(Item::reviewTimeMs));
        return List.copyOf(items);
    }

    private static void addCardItems(List<ReviewRecord> cardReviews, StudyDays days, List<Item> out) {
        List<ReviewRecord> kept = fromLastLearningBlock(cardReviews);
        if (kept.size() < 2) {
            return;
        }
        List<Review> reviews = new ArrayList<>(kept.size());
        long previousDay = 0;
        for (int i = 0; i < kept.size(); i++) {
            ReviewRecord record = kept.get(i);
            long day = days.dayNumber(record.reviewTimeMs());
            int deltaT = i == 0 ? 0 : (int) Math.max(0, day - previousDay);
            reviews.add(new Review(record.rating(), deltaT));
            previousDay = day;
        }
        CardHistory history = new CardHistory(kept.get(0).cardId(), reviews);
        for (int i = 1; i < reviews.size(); i++) {
            if (reviews.get(i).deltaT() > 0) {
                out.add(new Item(history, i + 1, kept.get(i).reviewTimeMs()));
            }
        }
    }

    /**
     * Study-day numbers, the same days as {@link StudyCalendar#dayOf} (local date of the instant minus
     * the day-start hour) without building a date-time per review.
     */
    private record StudyDays(StudyCalendar calendar) {
        long dayNumber(long epochMs) {
            long seconds = Math.floorDiv(epochMs, 1000);
            int offset = calendar.zone().getRules().getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
            return Math.floorDiv(seconds + offset - calendar.dayStartHour() * 3600L, 86400);
        }
    }

    /** The reviews from the start of the card's last contiguous run of New/Learning (state 0/1) entries. */
    private static List<ReviewRecord> fromLastLearningBlock(List<ReviewRecord> cardReviews) {
        int blockStart = -1;
        for (int i = cardReviews.size() - 1; i >= 0; i--) {
            int state = cardReviews.get(i).state();
            if (state == 0 || state == 1) {
                blockStart = i;
            } else if (blockStart >= 0) {
                break;
            }
        }
        return blockStart < 0 ? List.of() : cardReviews.subList(blockStart, cardReviews.size());
    }
}
