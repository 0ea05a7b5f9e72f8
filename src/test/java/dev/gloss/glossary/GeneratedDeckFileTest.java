package dev.gloss.glossary;

import dev.gloss.deck.Deck;
import dev.gloss.exchange.DeckJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated deck is a valid deck file: it survives writing and reading back unchanged. */
class GeneratedDeckFileTest {

    @Test
    void everySampleAndHeldOutPageTogetherRoundTripsThroughDeckJson() {
        GenerationResult result = GlossaryDecks.generate(List.of(GlossaryFixtures.resource("samples"),
                GlossaryFixtures.resource("heldout")), "Everything");
        Deck deck = result.deck();

        String json = DeckJson.toJson(deck);
        Deck back = DeckJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "generated.json");

        assertThat(result.warnings()).isEmpty();
        assertThat(back).isEqualTo(deck);
        assertThat(deck.entries()).allSatisfy(e -> assertThat(e.sources()).isNotEmpty());
        GlossaryFixtures.assertCleanCards(deck);
    }

    @Test
    void withoutANameTheDeckTakesTheFirstGlossaryTitleFound() {
        Path folder = GlossaryFixtures.resource("samples");

        assertThat(GlossaryDecks.generate(List.of(folder), null).deck().name()).isEqualTo("Version Control Glossary");
    }
}
