package dev.gloss.study;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a study session needs from the collection; the SQLite store implements it. */
public interface StudyStore {

    List<DeckRef> decks();

    /** Learning, relearning and review cards due before {@code before}, not suspended or buried at {@code now}. */
    List<StudyCard> dueCards(Collection<Long> deckIds, Instant before, Instant now);

    /** Up to {@code limit} new cards of one deck in deck order, not suspended or buried at {@code now}. */
    List<StudyCard> newCards(long deckId, int limit, Instant now);

    /** Per deck, how many new cards were first answered at or after {@code since}. */
    Map<Long, Integer> newCardsStudiedSince(Collection<Long> deckIds, Instant since);

    /** Cards (not new, not suspended) due before {@code before}. */
    int countDue(Collection<Long> deckIds, Instant before);

    /** The answer of every card in the given decks (suspended ones too), for choice options. */
    List<DeckAnswer> answers(Collection<Long> deckIds);

    /** Writes the review log row and the card's new state in one transaction, durable on return. */
    void saveAnswer(Answer answer);

    /** Takes back the newest answer in the collection that can be undone, restoring its card exactly. */
    Optional<StudyCard> undoLastAnswer();

    void suspend(long cardId);

    /** Hides the card until {@code until} (the start of the next study day). */
    void bury(long cardId, Instant until);

    /** Replaces a card's text; its progress stays. */
    void editText(long cardId, String front, String back);

    Settings settingsFor(String deckName);
}
