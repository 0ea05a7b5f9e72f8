package dev.gloss.exchange;

import dev.gloss.deck.CardKind;
import dev.gloss.schedule.State;
import dev.gloss.store.CardInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real Anki files in the test resources: what a person importing them gets. */
class AnkiSamplesTest {
    @TempDir
    Path dir;
    Collection collection;

    @BeforeEach
    void emptyCollection() {
        collection = new Collection(dir);
    }

    @Test
    void basicPackageGivesTenNewCardsWithTextAndTags() throws Exception {
        String out = collection.importing(collection.resource("anki/basic-10.apkg"));

        assertThat(out).isEqualTo("imported 1 deck, 10 notes, 10 cards (10 added)\n");
        List<CardInfo> cards = collection.cards();
        assertThat(cards).hasSize(10).allSatisfy(c -> {
            assertThat(c.deck()).isEqualTo("Fixture Basic");
            assertThat(c.kind()).isEqualTo(CardKind.BASIC);
            assertThat(c.schedule().state()).isEqualTo(State.NEW);
        });
        CardInfo france = collection.card("What is the capital of France?");
        assertThat(france.back()).isEqualTo("Paris");
        assertThat(france.tags()).containsExactly("geography", "europe");
        assertThat(france.uid()).isEqualTo("a-3b1565d6d1e86cecb81636579e334f02a6e818d5-0");
        assertThat(collection.card("Who wrote \"Hamlet\"?").back()).isEqualTo("William Shakespeare");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anki/legacy-anki21.apkg", "anki/modern-anki21b.apkg"})
    void ankiPackagesGiveTwelveCardsInThreeDecksWithoutThePlaceholder(String file) throws Exception {
        String out = collection.importing(collection.resource(file));

        assertThat(out).isEqualTo("imported 3 decks, 8 notes, 12 cards (12 added), 3 reviews, 1 media file;"
                + " skipped 1 (the \"please update\" placeholder)\n");
        assertThat(collection.decks()).containsExactly("Modern Fixture", "Modern Fixture::Basic",
                "Modern Fixture::Cloze", "Modern Fixture::Reversed");
        assertThat(collection.cards()).hasSize(12).noneMatch(c -> c.front().toLowerCase().contains("please update"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anki/legacy-anki21.apkg", "anki/modern-anki21b.apkg"})
    void htmlBecomesTerminalTextWithUnicodeKept(String file) throws Exception {
        collection.importing(collection.resource(file));

        CardInfo html = collection.card("Bold & 日本語 🙂");
        assertThat(html.back()).isEqualTo("مرحبا\nsecond line");
        assertThat(html.tags()).containsExactly("html", "unicode");
        CardInfo media = collection.card("What colour is this square?\n[image: blue-square.png]");
        assertThat(media.back()).isEqualTo("Blue");
        assertThat(Files.readAllBytes(dir.resolve("media/blue-square.png"))).startsWith(0x89, 'P', 'N', 'G');
    }

    @ParameterizedTest
    @ValueSource(strings = {"anki/legacy-anki21.apkg", "anki/modern-anki21b.apkg"})
    void clozeGivesOneCardPerNumberUsed(String file) throws Exception {
        collection.importing(collection.resource(file));

        Map<String, CardInfo> cards = collection.cardsByUid();
        assertThat(cards.get("a-l&#{%[`@sd-0").front()).isEqualTo("[...] is water; NaCl is salt");
        assertThat(cards.get("a-l&#{%[`@sd-2").front()).isEqualTo("H2O is water; [...] is salt");
        assertThat(cards.get("a-l&#{%[`@sd-2").back()).isEqualTo("H2O is water; NaCl is salt");
        assertThat(cards).doesNotContainKey("a-l&#{%[`@sd-1");
        assertThat(cards.get("a-p<{~[|4*SL-1").front()).isEqualTo("Canberra is the capital of [...]");
        assertThat(cards.get("a-p<{~[|4*SL-1").back()).isEqualTo("Canberra is the capital of Australia\nBack extra text");
        assertThat(cards.get("a-p<{~[|4*SL-1").kind()).isEqualTo(CardKind.CLOZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anki/legacy-anki21.apkg", "anki/modern-anki21b.apkg"})
    void reversedNotesGiveTwoCards(String file) throws Exception {
        collection.importing(collection.resource(file));

        Map<String, CardInfo> cards = collection.cardsByUid();
        assertThat(cards.get("a-IDyf_BbQ{c-0").front()).isEqualTo("dog");
        assertThat(cards.get("a-IDyf_BbQ{c-0").back()).isEqualTo("Hund");
        assertThat(cards.get("a-IDyf_BbQ{c-1").front()).isEqualTo("Hund");
        assertThat(cards.get("a-IDyf_BbQ{c-1").back()).isEqualTo("dog");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anki/legacy-anki21.apkg", "anki/modern-anki21b.apkg"})
    void suspendedReviewAndLearningStatesAndHistoryComeAlong(String file) throws Exception {
        collection.importing(collection.resource(file));

        assertThat(collection.card("This card is suspended").suspended()).isTrue();
        CardInfo berlin = collection.card("What is the capital of Germany?");
        assertThat(berlin.schedule().state()).isEqualTo(State.REVIEW);
        assertThat(berlin.schedule().scheduledDays()).isEqualTo(5);
        // Anki's day 5 after the collection was created (2026-11-23, day start 04:00)
        assertThat(berlin.schedule().due()).isEqualTo(Instant.parse("2026-11-28T04:00:00Z"));
        assertThat(berlin.schedule().lastReview()).isEqualTo(Instant.ofEpochMilli(1795452711943L));
        // replayed: one Easy answer on a new card gives FSRS-6's initial stability for Easy
        assertThat(berlin.schedule().stability()).isEqualTo(8.2956);
        assertThat(collection.card("dog").schedule().state()).isEqualTo(State.LEARNING);
        assertThat(collection.card("dog").schedule().due()).isEqualTo(Instant.ofEpochSecond(1795452778));
        assertThat(collection.reviews()).containsExactly(
                "a-AkO-N%$TlG-0 4 1795452711943",
                "a-eE8t$doauN-0 3 1795452711945",
                "a-IDyf_BbQ{c-0 1 1795452711947");
    }

    @Test
    void legacyAndModernPackagesAreTheSameCards() throws Exception {
        collection.importing(collection.resource("anki/legacy-anki21.apkg"));
        String again = collection.importing(collection.resource("anki/modern-anki21b.apkg"));

        assertThat(again).isEqualTo("imported 3 decks, 8 notes, 12 cards (12 unchanged), 0 reviews (3 already"
                + " there), 1 media file; skipped 1 (the \"please update\" placeholder)\n");
        assertThat(collection.cards()).hasSize(12);
        assertThat(collection.reviews()).hasSize(3);
    }

    @Test
    void reimportingAddsNothingAndKeepsProgress() throws Exception {
        Path pkg = collection.resource("anki/modern-anki21b.apkg");
        collection.importing(pkg);
        List<CardInfo> before = collection.cards();

        collection.importing(pkg);

        assertThat(collection.cards()).isEqualTo(before);
        assertThat(collection.reviews()).hasSize(3);
        assertThat(collection.rows("SELECT count(*) FROM deck")).containsExactly("4");
    }

    @Test
    void theAnkiTextExportOfTheSameNotesMapsOntoTheSameCards() throws Exception {
        collection.importing(collection.resource("anki/legacy-anki21.apkg"));
        String out = collection.importing(collection.resource("anki/anki-export-notes.txt"));

        assertThat(out).isEqualTo("imported 3 decks, 8 notes, 12 cards (12 unchanged)\n");
    }

    @Test
    void theAnkiTextExportAloneGivesTheCardsAsNew() throws Exception {
        String out = collection.importing(collection.resource("anki/anki-export-notes.txt"));

        assertThat(out).isEqualTo("imported 3 decks, 8 notes, 12 cards (12 added)\n");
        CardInfo media = collection.card("What colour is this square?\n[image: blue-square.png]");
        assertThat(media.tags()).containsExactly("media");
        assertThat(collection.card("H2O is water; [...] is salt").deck()).isEqualTo("Modern Fixture::Cloze");
        assertThat(collection.cards()).allSatisfy(c -> assertThat(c.schedule().state()).isEqualTo(State.NEW));
    }

    @Test
    void dryRunReportsWithoutWriting() throws Exception {
        Path pkg = collection.resource("anki/legacy-anki21.apkg");
        collection.run("decks");
        byte[] before = collection.bytes();

        var r = collection.run("import", "--dry-run", pkg.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("would import 3 decks, 8 notes, 12 cards (12 added), 3 reviews");
        assertThat(collection.bytes()).isEqualTo(before);
        assertThat(dir.resolve("media")).doesNotExist();
    }
}
