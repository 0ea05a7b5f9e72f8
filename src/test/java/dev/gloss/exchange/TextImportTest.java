package dev.gloss.exchange;

import dev.gloss.deck.CardKind;
import dev.gloss.store.CardInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Anki plain-text files with headers, and plain CSV/TSV. */
class TextImportTest {
    @TempDir
    Path dir;
    Collection collection;

    @BeforeEach
    void emptyCollection() {
        collection = new Collection(dir);
    }

    @Test
    void ankiHeadersChooseSeparatorHtmlDeckNoteTypeAndTags() throws Exception {
        Path file = collection.write("notes.txt", """
                #separator:Semicolon
                #html:true
                #notetype:Basic (and reversed card)
                #deck:Languages::German
                #tags:imported lang
                #columns:Front;Back;Tags
                <b>Hund</b>;dog;animal
                Katze;"cat &amp; kitten";animal pet
                """);

        String out = collection.importing(file);

        assertThat(out).isEqualTo("imported 1 deck, 2 notes, 4 cards (4 added)\n");
        CardInfo hund = collection.card("Hund");
        assertThat(hund.back()).isEqualTo("dog");
        assertThat(hund.deck()).isEqualTo("Languages::German");
        assertThat(hund.tags()).containsExactly("imported", "lang", "animal");
        assertThat(collection.card("cat & kitten").back()).isEqualTo("Katze");
        assertThat(collection.card("Katze").tags()).containsExactly("imported", "lang", "animal", "pet");
        assertThat(collection.decks()).containsExactly("Languages", "Languages::German");
    }

    @Test
    void htmlFalseShowsTextAsWritten() throws Exception {
        Path file = collection.write("plain.txt", """
                #separator:tab
                #html:false
                a < b && c > d\t<b>not bold</b>
                "two  spaces
                and a line"\t&amp; stays
                """);

        collection.importing(file);

        assertThat(collection.card("a < b && c > d").back()).isEqualTo("<b>not bold</b>");
        assertThat(collection.card("two  spaces\nand a line").back()).isEqualTo("&amp; stays");
    }

    @Test
    void metaColumnsGuidNoteTypeDeckAndTags() throws Exception {
        Path file = collection.write("export.txt", """
                #separator:tab
                #html:true
                #guid column:1
                #notetype column:2
                #deck column:3
                #tags column:6
                # a comment between the headers and the notes
                G1\tBasic\tDeck A\tquestion one\tanswer one\tt1 t2
                G2\tCloze\tDeck B\t{{c2::alpha}} and {{c5::beta::greek}}\textra\tcl
                # another comment
                G3\tBasic (optional reversed card)\tDeck A\tfront three\tback three\t
                G4\tBasic (type in the answer)\tDeck A\ttyped front\ttyped back\t
                """);

        String out = collection.importing(file);

        assertThat(out).isEqualTo("imported 2 decks, 4 notes, 5 cards (5 added)\n");
        var cards = collection.cardsByUid();
        assertThat(cards.get("a-G1-0").front()).isEqualTo("question one");
        assertThat(cards.get("a-G1-0").tags()).containsExactly("t1", "t2");
        assertThat(cards.get("a-G2-1").front()).isEqualTo("[...] and beta");
        assertThat(cards.get("a-G2-4").front()).isEqualTo("alpha and [greek]");
        assertThat(cards.get("a-G2-4").back()).isEqualTo("alpha and beta\nextra");
        assertThat(cards.get("a-G2-4").kind()).isEqualTo(CardKind.CLOZE);
        assertThat(cards.get("a-G2-4").deck()).isEqualTo("Deck B");
        assertThat(cards).containsKey("a-G3-0").doesNotContainKey("a-G3-1");
        assertThat(cards.get("a-G4-0").front()).isEqualTo("typed front");
        assertThat(cards.get("a-G4-0").back()).isEqualTo("typed back");
    }

    @Test
    void legacyTagsLineAndQuotedFieldsSpanningLines() throws Exception {
        Path file = collection.write("legacy.txt", "tags:old style\n"
                + "\"multi\nline front\"\t\"say \"\"hi\"\"\"\textra\n"
                + "short row\n");

        String out = collection.importing(file);

        assertThat(out).isEqualTo("imported 1 deck, 2 notes, 2 cards (2 added)\n");
        CardInfo multi = collection.card("multi\nline front");
        assertThat(multi.back()).isEqualTo("say \"hi\"");
        assertThat(multi.tags()).containsExactly("old", "style", "extra");
        assertThat(multi.deck()).isEqualTo("legacy");
        assertThat(collection.card("short row").back()).isEmpty();
    }

    @Test
    void reimportingAnEditedTextFileUpdatesInPlace() throws Exception {
        Path file = collection.write("notes.txt", "#separator:tab\n#html:false\nsun\tSonne\nmoon\tMond\n");
        collection.importing(file);
        String uid = collection.card("sun").uid();
        collection.write("notes.txt", "#separator:tab\n#html:false\nsun\tdie Sonne\nmoon\tMond\nstar\tStern\n");

        String out = collection.importing(file);

        assertThat(out).isEqualTo("imported 1 deck, 3 notes, 3 cards (1 added, 1 updated, 1 unchanged)\n");
        assertThat(collection.card("sun").uid()).isEqualTo(uid);
        assertThat(collection.card("sun").back()).isEqualTo("die Sonne");
        assertThat(collection.card("sun").changed()).isTrue();
    }

    @Test
    void csvWithHeaderNamesFindsColumnsInAnyOrder() throws Exception {
        Path file = collection.write("vocab.csv", "tags,answer,question\n\"a, b\",Katze,cat\nx y,\"Hund, der\",dog\n");

        String out = collection.importing(file);

        assertThat(out).isEqualTo("imported 1 deck, 2 notes, 2 cards (2 added)\n");
        assertThat(collection.card("cat").back()).isEqualTo("Katze");
        assertThat(collection.card("cat").tags()).containsExactly("a", "b");
        assertThat(collection.card("dog").back()).isEqualTo("Hund, der");
        assertThat(collection.card("dog").deck()).isEqualTo("vocab");
    }

    @Test
    void separatorIsDetected() throws Exception {
        collection.importing(collection.write("semi.csv", "Haus;house\nBaum;tree, wood\n"));
        collection.importing(collection.write("pipes.txt", "eins|one\nzwei|two\n"));
        collection.importing(collection.write("tabs.tsv", "rot\tred, crimson\nblau\tblue; navy\n"));

        assertThat(collection.card("Baum").back()).isEqualTo("tree, wood");
        assertThat(collection.card("zwei").back()).isEqualTo("two");
        assertThat(collection.card("blau").back()).isEqualTo("blue; navy");
        assertThat(collection.card("rot").deck()).isEqualTo("tabs");
    }

    @Test
    void headerFlagsOverrideDetection() throws Exception {
        Path file = collection.write("words.csv", "front,back\nfront,back again\n");
        var r = collection.run("import", "--no-header", "--deck", "Plain", file.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("imported 1 deck, 2 notes, 1 card (1 added); skipped 1 (rows whose front a"
                + " later row repeats (the later row kept))\n");
        assertThat(collection.card("front").back()).isEqualTo("back again");
    }

    @Test
    void csvFieldsThatLookLikeHtmlAreReadAsHtml() throws Exception {
        collection.importing(collection.write("html.csv", "<b>bold</b>,a&amp;b<br>c\n"));

        assertThat(collection.card("bold").back()).isEqualTo("a&b\nc");
    }

    @Test
    void unicodeIsKeptAndNormalised() throws Exception {
        collection.importing(collection.write("u.csv", "\uFEFFfront,back\nCafe\u0301,☕ 🙂\nשלום,مرحبا\n東京,とうきょう\n"));

        assertThat(collection.card("Café").back()).isEqualTo("☕ 🙂");
        assertThat(collection.card("שלום").back()).isEqualTo("مرحبا");
        assertThat(collection.card("東京").back()).isEqualTo("とうきょう");
    }

    @Test
    void csvReimportKeepsProgressAndDryRunCounts() throws Exception {
        Path file = collection.write("w.csv", "front,back\ncat,Katze\ndog,Hund\n");
        collection.importing(file);
        collection.write("w.csv", "front,back\ncat,die Katze\ndog,Hund\nbird,Vogel\n");

        var dry = collection.run("import", "--dry-run", file.toString());

        assertThat(dry.out()).isEqualTo("would import 1 deck, 3 notes, 3 cards (1 added, 1 updated, 1 unchanged)\n");
        assertThat(collection.cards()).hasSize(2);
    }

    @Test
    void severalFilesInOneImportSeeEachOthersCards() throws Exception {
        collection.importing(collection.write("w.csv", "front,back\ncat,Katze\n"));
        Path a = collection.write("a.csv", "front,back\ncat,die Katze\ndog,Hund\n");
        Path b = collection.write("b.csv", "front,back\ncat,die Katze\ndog,der Hund\n");

        var r = collection.run("import", "--deck", "w", a.toString(), b.toString());

        assertThat(r.out()).isEqualTo("imported " + a + ": 1 deck, 2 notes, 2 cards (1 added, 1 updated)\n"
                + "imported " + b + ": 1 deck, 2 notes, 2 cards (1 updated, 1 unchanged)\n");
        assertThat(collection.cards()).hasSize(2);
        assertThat(collection.card("dog").back()).isEqualTo("der Hund");
    }

    @Test
    void aHeaderWithoutRowsImportsNothing() throws Exception {
        String out = collection.importing(collection.write("empty.csv", "front,back\n"));

        assertThat(out).isEqualTo("imported no cards and no reviews\n");
        assertThat(collection.cards()).isEmpty();
        assertThat(collection.decks()).isEmpty();
    }
}
