package dev.gloss.deck;

import java.util.List;

/**
 * A card as a deck file holds it: text only, no progress.
 *
 * @param id      stable id (see {@link CardIds}); progress follows it across re-imports
 * @param entry   the term of the entry the card came from, or empty for free cards
 * @param choices for choice cards, the options with the right answer among them; else empty
 */
public record Card(String id, CardKind kind, String entry, String front, String back, List<String> choices,
                   List<String> tags) {

    public Card {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("card id is missing");
        }
        if (kind == null) {
            throw new IllegalArgumentException("card " + id + ": kind is missing");
        }
        entry = entry == null ? "" : PlainText.clean(entry);
        front = PlainText.clean(front);
        back = PlainText.clean(back);
        choices = PlainText.cleanAll(choices);
        tags = PlainText.cleanAll(tags);
    }

    public Card(String id, CardKind kind, String entry, String front, String back) {
        this(id, kind, entry, front, back, List.of(), List.of());
    }
}
