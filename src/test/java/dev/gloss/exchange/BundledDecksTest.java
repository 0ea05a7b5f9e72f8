package dev.gloss.exchange;

import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.Entry;
import dev.gloss.glossary.GlossaryDecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The decks shipped in decks/: listed, loadable, and generated from their Markdown sources. */
class BundledDecksTest {
    private static final Path DECKS = Path.of("decks");

    @Test
    void everyDeckFileIsBundledAndEveryBundledDeckIsAFile() throws IOException {
        try (Stream<Path> files = Files.list(DECKS)) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .collect(Collectors.toList());
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(BundledDecks.FILES);
        }
        assertThat(BundledDecks.load()).hasSameSizeAs(BundledDecks.FILES);
    }

    @Test
    void theAiGlossaryIsInSyncWithItsMarkdownSource() {
        Deck shipped = DeckJson.read(DECKS.resolve("ai-glossary.json"));
        Deck regenerated = GlossaryDecks.generate(List.of(DECKS.resolve("sources/ai-glossary.md")), null).deck();
        assertThat(regenerated)
                .as("decks/ai-glossary.json is out of date; regenerate it with: "
                        + "./gloss generate decks/sources/ai-glossary.md -o decks/ai-glossary.json")
                .isEqualTo(shipped);
    }

    @Test
    void theAiGlossaryCoversTheCoreTermsWithEveryKindOfCard() {
        Deck deck = DeckJson.read(DECKS.resolve("ai-glossary.json"));
        assertThat(deck.name()).isEqualTo("AI Glossary");
        assertThat(deck.entries()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(deck.entries()).extracting(Entry::term).contains("Foundation Model", "Large Language Model",
                "Pre-training", "Fine-Tuning", "Transfer Learning");
        assertThat(deck.entries()).allSatisfy(e -> {
            assertThat(e.definition()).isNotBlank();
            assertThat(e.faqs()).hasSizeBetween(1, 3);
            assertThat(e.related()).isNotEmpty();
        });
        assertThat(deck.cards()).extracting(c -> c.kind()).contains(CardKind.DEFINITION, CardKind.REVERSE,
                CardKind.FAQ, CardKind.CLOZE, CardKind.CHOICE);
    }
}
