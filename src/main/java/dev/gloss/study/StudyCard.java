package dev.gloss.study;

import dev.gloss.deck.CardKind;
import dev.gloss.schedule.CardSchedule;

import java.util.List;

/** A card as the study session sees it: its text, where it lives and its scheduling state. */
public record StudyCard(long id, String uid, long deckId, String deck, CardKind kind, String entry, String front,
                        String back, List<String> choices, CardSchedule schedule) {

    public StudyCard {
        choices = List.copyOf(choices);
    }

    public StudyCard withSchedule(CardSchedule newSchedule) {
        return new StudyCard(id, uid, deckId, deck, kind, entry, front, back, choices, newSchedule);
    }

    public StudyCard withText(String newFront, String newBack) {
        return new StudyCard(id, uid, deckId, deck, kind, entry, newFront, newBack, choices, schedule);
    }
}
