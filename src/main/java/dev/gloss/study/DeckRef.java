package dev.gloss.study;

/** A deck's id and full name ("Parent::Child"). */
public record DeckRef(long id, String name) {
}
