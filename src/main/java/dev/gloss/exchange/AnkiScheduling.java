package dev.gloss.exchange;

import dev.gloss.schedule.Rating;
import dev.gloss.schedule.State;
import dev.gloss.store.CardRef;
import dev.gloss.store.ForeignSchedule;
import dev.gloss.store.ImportedReview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki's scheduling columns in Gloss terms. Card type gives the state (0 new, 1 learning, 2 review,
 * 3 relearning); review cards are due on a day counted from the collection's creation ({@code crt}), learning
 * cards at an epoch second (or, in the day-learning queue, on a day). Cards in a filtered deck use their
 * original due. Buried cards come back unburied: a burial lasts a day, and that day is over by the import.
 */
final class AnkiScheduling {
    /** Due values above this are epoch seconds, below it day numbers (Anki uses the same cut). */
    private static final long EPOCH_SECONDS_FROM = 1_000_000_000L;
    private static final Pattern CUSTOM_DATA = Pattern.compile("\"cd\"\\s*:\\s*\\{[^}]*}");
    private static final Pattern DATA_NUMBER =
            Pattern.compile("\"(s|d|lrt)\"\\s*:\\s*(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)");

    private final long createdSeconds;
    private final ZoneId zone;

    AnkiScheduling(long createdSeconds, ZoneId zone) {
        this.createdSeconds = createdSeconds;
        this.zone = zone;
    }

    ForeignSchedule schedule(AnkiCollection.CardRow card) {
        State state = switch (card.type()) {
            case 1 -> State.LEARNING;
            case 2 -> State.REVIEW;
            case 3 -> State.RELEARNING;
            default -> State.NEW;
        };
        if (state == State.NEW) {
            return ForeignSchedule.fresh();
        }
        long due = card.originalDeckId() != 0 && card.originalDue() != 0 ? card.originalDue() : card.due();
        Instant dueAt = null;
        LocalDate dueDay = null;
        if (state != State.REVIEW && due >= EPOCH_SECONDS_FROM) {
            dueAt = Instant.ofEpochSecond(due);
        } else {
            dueDay = day(due);
        }
        Fsrs fsrs = fsrs(card.data());
        return new ForeignSchedule(state, dueAt, dueDay, Math.max(0, card.interval()), Math.max(0, card.factor()),
                Math.max(0, card.reps()), Math.max(0, card.lapses()), fsrs.stability(), fsrs.difficulty(),
                fsrs.lastReview());
    }

    /** Anki's day {@code n} as a date in the user's zone (taken at midday, clear of rollover hours and DST). */
    LocalDate day(long n) {
        return Instant.ofEpochSecond(createdSeconds).plus(Duration.ofDays(n)).plus(Duration.ofHours(12))
                .atZone(zone).toLocalDate();
    }

    /** Anki's own FSRS values from {@code cards.data}, when it had FSRS on. */
    private record Fsrs(Double stability, Double difficulty, Instant lastReview) {
    }

    /** Reads {@code s}, {@code d} and {@code lrt} from the card's data JSON (a flat object of numbers and strings). */
    private static Fsrs fsrs(String data) {
        if (data == null || data.length() <= 2) {
            return new Fsrs(null, null, null);
        }
        Double s = null;
        Double d = null;
        Instant lrt = null;
        // custom data ("cd") may use any key, also s or d: leave it out
        Matcher m = DATA_NUMBER.matcher(CUSTOM_DATA.matcher(data).replaceAll(""));
        while (m.find()) {
            double value = Double.parseDouble(m.group(2));
            switch (m.group(1)) {
                case "s" -> s = value;
                case "d" -> d = value;
                default -> lrt = Instant.ofEpochSecond((long) value);
            }
        }
        return new Fsrs(s, d, lrt);
    }

    /** What a review-log row is to an import. */
    enum RowKind { ANSWER, RESET, MANUAL, UNKNOWN_RATING }

    static RowKind kind(AnkiCollection.Review r) {
        if (r.ease() == 0 || r.type() == 4 || r.type() == 5) {
            return r.type() == 4 && r.factor() == 0 && r.ease() == 0 ? RowKind.RESET : RowKind.MANUAL;
        }
        return r.ease() >= 1 && r.ease() <= 4 ? RowKind.ANSWER : RowKind.UNKNOWN_RATING;
    }

    static ImportedReview review(AnkiCollection.Review r, CardRef card) {
        State before = switch (r.type()) {
            case 1 -> State.REVIEW;
            case 2 -> State.RELEARNING;
            default -> null; // learning (new or in steps) and filtered-deck answers
        };
        return new ImportedReview(card, Instant.ofEpochMilli(r.id()), Rating.of(r.ease()), r.timeMs(), before,
                Math.max(0, r.lastInterval()), Math.max(0, r.factor()), Math.max(0, r.interval()));
    }
}
