package dev.gloss.glossary;

import dev.gloss.deck.Deck;

import java.util.List;

/**
 * What {@link GlossaryDecks#generate} made.
 *
 * @param deck     the generated deck, entries and cards
 * @param warnings one line per file that was skipped, naming it and why ("notes.bin: skipped, binary file")
 * @param summary  one line for stderr: entries, cards per kind, files read and skipped and why
 */
public record GenerationResult(Deck deck, List<String> warnings, String summary) {
    public GenerationResult {
        warnings = List.copyOf(warnings);
    }
}
