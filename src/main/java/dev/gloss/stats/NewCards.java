package dev.gloss.stats;

import dev.gloss.schedule.State;

import java.time.Instant;
import java.util.Collection;

/**
 * The cards never answered, only counted: they have no memory state, so no other figure needs them one by one.
 *
 * @param available new cards neither suspended nor buried
 * @param buried    new cards buried until after now (and not suspended)
 */
public record NewCards(int available, int suspended, int buried) {

    public static NewCards of(Collection<CardState> cards, Instant now) {
        int available = 0;
        int suspended = 0;
        int buried = 0;
        for (CardState c : cards) {
            if (c.state() != State.NEW) {
                continue;
            }
            if (c.suspended()) {
                suspended++;
            } else if (c.buriedAt(now)) {
                buried++;
            } else {
                available++;
            }
        }
        return new NewCards(available, suspended, buried);
    }
}
