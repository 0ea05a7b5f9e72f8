package dev.gloss.store;

import java.util.List;

/**
 * What importing one deck did (or, for a dry run, would do).
 *
 * @param removed  cards no longer in the deck that had never been studied: deleted
 * @param retired  cards no longer in the deck that have history: suspended, history kept
 * @param changes  every added, updated, removed or retired card (unchanged ones are not listed)
 */
public record ImportReport(String deck, boolean newDeck, int added, int updated, int unchanged, int removed,
                           int retired, int entries, List<CardChange> changes) {

    public ImportReport {
        changes = List.copyOf(changes);
    }

    /** What happens to one card. */
    public enum Change {
        ADDED("+"), UPDATED("~"), REMOVED("-"), RETIRED("-");

        private final String mark;

        Change(String mark) {
            this.mark = mark;
        }

        public String mark() {
            return mark;
        }
    }

    /** A card that is added, updated (text changed, progress kept), removed, or retired (suspended, history kept). */
    public record CardChange(Change change, String id, String front) {
    }

    public String describe() {
        return String.format("%s: %d added, %d updated, %d unchanged, %d removed%s",
                deck, added, updated, unchanged, removed + retired,
                retired > 0 ? " (" + retired + " with history kept as suspended)" : "");
    }
}
