package dev.gloss.exchange;

import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.TestDecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** gloss export: deck files and Anki-compatible plain text. */
class ExportTest {
    @TempDir
    Path dir;
    Collection collection;

    @BeforeEach
    void emptyCollection() {
        collection = new Collection(dir);
    }

    @Test
    void plainTextHasTheHeadersAnkiReads() throws Exception {
        Deck deck = new Deck("Lang::German", "", List.of(), List.of(), List.of(
                new Card("c-1", CardKind.BASIC, "", "Hund", "dog", List.of(), List.of("animal", "noun")),
                new Card("a-AbC#1-0", CardKind.BASIC, "", "#hash and tab", "say \"hi\"\nsecond line", List.of(),
                        List.of())));
        StringWriter out = new StringWriter();

        AnkiTextExporter.write(deck, out);

        assertThat(out.toString()).isEqualTo("""
                #separator:tab
                #html:false
                #notetype:Basic
                #deck:Lang::German
                #tags column:3
                #guid column:4
                Hund\tdog\tanimal noun\tc-1
                "#hash and tab"\t"say ""hi""
                second line"\t\tAbC#1
                """);
    }

    @Test
    void exportedPlainTextImportsBackAsTheSameCards() throws Exception {
        collection.importing(collection.resource("anki/legacy-anki21.apkg"));
        Path txt = dir.resolve("basic.txt");
        assertThat(collection.run("export", "Modern Fixture::Basic", "-o", txt.toString()).code()).isZero();

        Files.createDirectories(dir.resolve("fresh"));
        Collection fresh = new Collection(dir.resolve("fresh"));
        String out = fresh.importing(txt);

        assertThat(out).isEqualTo("imported 1 deck, 4 notes, 4 cards (4 added)\n");
        String cards = "SELECT d.name, c.uid, c.front, c.back, c.tags FROM card c JOIN deck d ON d.id = c.deck_id"
                + " WHERE d.name = 'Modern Fixture::Basic' ORDER BY c.uid";
        assertThat(fresh.rows(cards)).isEqualTo(collection.rows(cards));
        assertThat(collection.importing(txt)).isEqualTo("imported 1 deck, 4 notes, 4 cards (4 unchanged)\n");
    }

    @Test
    void deckExportIncludesEntriesAndImportsBackUnchanged() throws Exception {
        Path json = collection.write("words.json", DeckJson.toJson(TestDecks.terms("Words", 3)));
        collection.importing(json);

        var r = collection.run("export", "Words");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(DeckJson.toJson(TestDecks.terms("Words", 3)));
        Path exported = collection.write("exported.json", r.out());
        assertThat(collection.importing(exported)).isEqualTo("imported Words: 0 added, 0 updated, 3 unchanged, 0 removed\n");
    }

    @Test
    void formatFollowsTheFileNameUnlessGiven() throws Exception {
        collection.importing(collection.write("words.json", DeckJson.toJson(TestDecks.terms("Words", 2))));

        collection.run("export", "Words", "-o", dir.resolve("w.csv").toString());
        collection.run("export", "Words", "-o", dir.resolve("w.json").toString());
        collection.run("export", "Words", "--format", "csv", "-o", dir.resolve("w.data").toString());

        assertThat(Files.readString(dir.resolve("w.csv"))).startsWith("#separator:tab\n");
        assertThat(Files.readString(dir.resolve("w.json"))).startsWith("{");
        assertThat(Files.readString(dir.resolve("w.data"))).startsWith("#separator:tab\n");
    }

    @Test
    void unknownDeckAndEmptyParentAreNamed() throws Exception {
        collection.importing(collection.resource("anki/legacy-anki21.apkg"));

        var missing = collection.run("export", "Nope");
        var parent = collection.run("export", "Modern Fixture");

        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("gloss: no deck named 'Nope'");
        assertThat(parent.code()).isEqualTo(1);
        assertThat(parent.err()).isEqualTo("gloss: deck 'Modern Fixture' has no cards of its own; export one of its"
                + " sub-decks: Modern Fixture::Basic, Modern Fixture::Cloze, Modern Fixture::Reversed\n");
    }
}
