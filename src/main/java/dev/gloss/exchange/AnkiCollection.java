package dev.gloss.exchange;

import java.util.List;
import java.util.Map;

/**
 * The parts of an Anki collection an import needs, read from either schema (11: JSON in {@code col}; 18:
 * tables with protobuf configs). Ids are per table: a note and a card may share a number.
 *
 * @param createdSeconds {@code col.crt}: the start of day 0 of review due numbers, in epoch seconds
 */
record AnkiCollection(long createdSeconds, Map<Long, NoteType> noteTypes, Map<Long, DeckInfo> decks,
                      List<Note> notes, List<CardRow> cards, List<Review> reviews) {

    record NoteType(long id, String name, boolean cloze, List<String> fields, List<Template> templates) {
        Template template(int ord) {
            for (Template t : templates) {
                if (t.ord() == ord) {
                    return t;
                }
            }
            return null;
        }
    }

    record Template(int ord, String name, String question, String answer) {
    }

    /** @param name levels joined with "::" */
    record DeckInfo(long id, String name, boolean filtered, String description) {
    }

    record Note(long id, String guid, long noteTypeId, List<String> tags, List<String> fields) {
    }

    /** A row of {@code cards}; see ANKI-FORMAT for the meaning of type, queue and due. */
    record CardRow(long id, long noteId, long deckId, int ord, int type, int queue, long due, int interval,
                   int factor, int reps, int lapses, int left, long originalDue, long originalDeckId, String data) {
    }

    /** A row of {@code revlog}: id is the answer time in epoch ms. */
    record Review(long id, long cardId, int ease, int interval, int lastInterval, int factor, long timeMs, int type) {
    }
}
