package dev.gloss.store;

import dev.gloss.deck.CardKind;
import dev.gloss.schedule.CardSchedule;

import java.time.Instant;
import java.util.List;

/** A card with its text and full state, for listings and export. */
public record CardInfo(long id, String uid, String deck, CardKind kind, String entry, String front, String back,
                       List<String> choices, List<String> tags, CardSchedule schedule, boolean suspended,
                       Instant buriedUntil, boolean changed) {
}
