package dev.gloss.store;

import java.util.List;

/**
 * What importing one deck did (or, for a dry run, would do).
 *
 * @param changedIds ids of cards whose text changed (their progress is kept and they are marked changed)
 * @param removed    cards no longer in the deck that had never been studied: deleted
 * @param retired    cards no longer in the deck that have history: suspended, history kept
 */
public record ImportReport(String deck, boolean newDeck, int added, int updated, int unchanged, int removed,
                           int retired, int entries, List<String> changedIds) {

    public ImportReport {
        changedIds = List.copyOf(changedIds);
    }

    public String describe() {
        return String.format("%s: %d added, %d updated, %d unchanged, %d removed%s",
                deck, added, updated, unchanged, removed + retired,
                retired > 0 ? " (" + retired + " with history kept as suspended)" : "");
    }
}
