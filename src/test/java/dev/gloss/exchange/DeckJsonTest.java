package dev.gloss.exchange;

import dev.gloss.GlossException;
import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.Detail;
import dev.gloss.deck.Entry;
import dev.gloss.deck.Faq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeckJsonTest {
    @TempDir
    Path dir;

    @Test
    void aDeckSurvivesWritingAndReadingBack() {
        Entry entry = new Entry("Foundation Model", List.of("base model"), "A large model adapted to many tasks.",
                List.of(new Detail("How it works", "Pre-trained once, adapted often.")), List.of("Claude"),
                List.of("Assistants"), List.of(new Faq("Why does it matter?", "It changed the economics.")),
                List.of("Fine-Tuning"), List.of("page.txt"));
        Deck deck = new Deck("AI::Basics", "Core terms 日本語 🙂", List.of(entry),
                List.of(new Faq("Page question?", "Page answer.")),
                List.of(new Card("c-1", CardKind.DEFINITION, "Foundation Model", "Foundation Model", "A large model."),
                        new Card("c-2", CardKind.CHOICE, "Foundation Model", "Which term?", "Foundation Model",
                                List.of("Fine-Tuning", "Foundation Model"), List.of("ai", "basics"))));

        String json = DeckJson.toJson(deck);
        Deck back = DeckJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json");

        assertThat(back).isEqualTo(deck);
        assertThat(json).contains("\"format\" : \"gloss-deck/1\"");
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": \"gloss-deck/1\",\n  \"name\": \"X\"\n  \"cards\": []\n}\n");
        assertThatThrownBy(() -> DeckJson.read(file))
                .isInstanceOf(GlossException.class)
                .hasMessageStartingWith(file + ": malformed JSON at line 4, column 3");
    }

    @Test
    void aMissingFieldNamesTheCardAndTheField() {
        String json = "{\"format\":\"gloss-deck/1\",\"name\":\"X\",\"cards\":[{\"id\":\"c-1\",\"kind\":\"basic\",\"front\":\"F\"}]}";
        assertThatThrownBy(() -> DeckJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "d.json"))
                .isInstanceOf(GlossException.class)
                .hasMessage("d.json: card 1 (c-1): field 'back' is missing");
    }

    @Test
    void aMissingEntryFieldNamesTheEntry() {
        String json = "{\"format\":\"gloss-deck/1\",\"name\":\"X\",\"entries\":[{\"term\":\"Alpha\"}]}";
        assertThatThrownBy(() -> DeckJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "d.json"))
                .hasMessage("d.json: entry 'Alpha': field 'definition' is missing");
    }

    @Test
    void anUnknownKindOrFormatIsRefused() {
        String badKind = "{\"format\":\"gloss-deck/1\",\"name\":\"X\",\"cards\":[{\"id\":\"c\",\"kind\":\"essay\",\"front\":\"F\",\"back\":\"B\"}]}";
        assertThatThrownBy(() -> DeckJson.read(new ByteArrayInputStream(badKind.getBytes(StandardCharsets.UTF_8)), "d.json"))
                .hasMessageContaining("field 'kind'").hasMessageContaining("essay");
        String badFormat = "{\"format\":\"anki\",\"name\":\"X\"}";
        assertThatThrownBy(() -> DeckJson.read(new ByteArrayInputStream(badFormat.getBytes(StandardCharsets.UTF_8)), "d.json"))
                .hasMessageContaining("unsupported format 'anki'");
    }

    @Test
    void duplicateCardIdsAreRefused() {
        String json = "{\"format\":\"gloss-deck/1\",\"name\":\"X\",\"cards\":["
                + "{\"id\":\"c\",\"kind\":\"basic\",\"front\":\"F\",\"back\":\"B\"},"
                + "{\"id\":\"c\",\"kind\":\"basic\",\"front\":\"G\",\"back\":\"H\"}]}";
        assertThatThrownBy(() -> DeckJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "d.json"))
                .hasMessage("d.json: card id 'c' appears twice");
    }

    @Test
    void controlCharactersAndEscapesNeverSurviveReading() {
        String json = "{\"format\":\"gloss-deck/1\",\"name\":\"X\",\"cards\":[{\"id\":\"c\",\"kind\":\"basic\","
                + "\"front\":\"\\u001b]0;pwned\\u0007Hello\\u001b[31m red\",\"back\":\"e\\u0301t\\u00e9 \\u202eevil\"}]}";
        Deck deck = DeckJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "d.json");
        assertThat(deck.cards().get(0).front()).isEqualTo("Hello red");
        assertThat(deck.cards().get(0).back()).isEqualTo("été evil");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> DeckJson.read(missing)).hasMessage(missing + ": no such file");
    }
}
