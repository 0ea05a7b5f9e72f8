package dev.gloss.exchange;

import dev.gloss.deck.CardKind;
import dev.gloss.schedule.State;
import dev.gloss.store.CardInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.gloss.exchange.AnkiPackageBuilder.BASIC;
import static dev.gloss.exchange.AnkiPackageBuilder.CLOZE;
import static dev.gloss.exchange.AnkiPackageBuilder.REVERSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Packages built here, in every layout, beyond what the samples hold. */
class AnkiPackageImportTest {
    /** 2026-11-01 04:00 UTC: day 0 of review due numbers. */
    static final long CRT = 1_793_505_600L;
    static final long DAY_MS = 86_400_000L;

    @TempDir
    Path dir;
    Collection collection;

    @BeforeEach
    void emptyCollection() {
        collection = new Collection(dir);
    }

    private Path write(AnkiPackageBuilder b, AnkiPackageBuilder.Layout layout) throws Exception {
        return b.write(dir.resolve("deck-" + layout + ".apkg"), layout);
    }

    @ParameterizedTest
    @EnumSource(AnkiPackageBuilder.Layout.class)
    void thousandsOfNotesImportWithExactCounts(AnkiPackageBuilder.Layout layout) throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(CRT);
        long deck = b.deck("Big::Words");
        for (int i = 0; i < 2500; i++) {
            b.note(i % 5 == 0 ? REVERSED : BASIC, deck, "g" + i, "t" + (i % 3), "<b>word " + i + "</b>",
                    "meaning&nbsp;" + i);
        }

        String out = collection.importing(write(b, layout));

        assertThat(out).startsWith("imported 1 deck, 2500 notes, 3000 cards (3000 added)");
        assertThat(collection.cards()).hasSize(3000);
        assertThat(collection.cardsByUid().get("a-g7-0").front()).isEqualTo("word 7");
        assertThat(collection.cardsByUid().get("a-g7-0").back()).isEqualTo("meaning 7");
        assertThat(collection.cardsByUid().get("a-g10-1").front()).isEqualTo("meaning 10");
    }

    @ParameterizedTest
    @EnumSource(AnkiPackageBuilder.Layout.class)
    void fieldHtmlBecomesTheTextAPersonSees(AnkiPackageBuilder.Layout layout) throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(CRT);
        long deck = b.deck("Text");
        b.note(BASIC, deck, "div", "", "<div>Line one</div><div>Line two</div>", "a<br>b<br/>c");
        b.note(BASIC, deck, "list", "", "Colours", "<ul><li>red</li><li>green</li></ul><ol><li>one</li><li>two</li></ol>");
        b.note(BASIC, deck, "ent", "", "&lt;tag&gt; &amp; &quot;q&quot; &#x1F600; caf&eacute;", "x");
        b.note(BASIC, deck, "cjk", "", "日本語の<b>勉強</b>", "にほんご 🙂👍🏽");
        b.note(BASIC, deck, "rtl", "", "שלום עולם", "مرحبا بالعالم");
        b.note(BASIC, deck, "nfd", "", "Cafe\u0301", "n\u0303");
        b.note(BASIC, deck, "esc", "", "\u001b[31mred\u001b[0m text\u0007", "\u009b2Jclear");
        b.note(BASIC, deck, "snd", "", "Listen [sound:hello.mp3]", "<script>alert(1)</script><style>p{}</style>ok");
        b.note(BASIC, deck, "sp", "", "  many    spaces\n here  ", "<p>para one</p><p>para two</p>");

        collection.importing(write(b, layout));

        var cards = collection.cardsByUid();
        assertThat(cards.get("a-div-0").front()).isEqualTo("Line one\nLine two");
        assertThat(cards.get("a-div-0").back()).isEqualTo("a\nb\nc");
        assertThat(cards.get("a-list-0").back()).isEqualTo("• red\n• green\n1. one\n2. two");
        assertThat(cards.get("a-ent-0").front()).isEqualTo("<tag> & \"q\" 😀 café");
        assertThat(cards.get("a-cjk-0").front()).isEqualTo("日本語の勉強");
        assertThat(cards.get("a-cjk-0").back()).isEqualTo("にほんご 🙂👍🏽");
        assertThat(cards.get("a-rtl-0").front()).isEqualTo("שלום עולם");
        assertThat(cards.get("a-rtl-0").back()).isEqualTo("مرحبا بالعالم");
        assertThat(cards.get("a-nfd-0").front()).isEqualTo("Café");
        assertThat(cards.get("a-nfd-0").back()).isEqualTo("ñ");
        assertThat(cards.get("a-esc-0").front()).isEqualTo("red text");
        assertThat(cards.get("a-esc-0").back()).isEqualTo("clear");
        assertThat(cards.get("a-snd-0").front()).isEqualTo("Listen [audio: hello.mp3]");
        assertThat(cards.get("a-snd-0").back()).isEqualTo("ok");
        assertThat(cards.get("a-sp-0").front()).isEqualTo("many spaces here");
        assertThat(cards.get("a-sp-0").back()).isEqualTo("para one\npara two");
    }

    @ParameterizedTest
    @EnumSource(AnkiPackageBuilder.Layout.class)
    void clozeGapsHintsAndSharedNumbers(AnkiPackageBuilder.Layout layout) throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(CRT);
        long deck = b.deck("Cloze");
        b.note(CLOZE, deck, "gap", "", "{{c1::H2O}} is water; {{c3::NaCl}} is salt", "");
        b.note(CLOZE, deck, "hint", "", "The capital of France is {{c1::Paris::city}}.", "<i>extra</i>");
        b.note(CLOZE, deck, "both", "", "{{c1,2::Shared}} and {{c2::own}}", "");
        b.note(CLOZE, deck, "nest", "", "{{c1::outer {{c2::inner}} text}}", "");

        collection.importing(write(b, layout));

        var cards = collection.cardsByUid();
        assertThat(cards.keySet()).filteredOn(k -> k.startsWith("a-gap")).containsExactlyInAnyOrder("a-gap-0", "a-gap-2");
        assertThat(cards.get("a-hint-0").front()).isEqualTo("The capital of France is [city].");
        assertThat(cards.get("a-hint-0").back()).isEqualTo("The capital of France is Paris.\nextra");
        assertThat(cards.get("a-both-0").front()).isEqualTo("[...] and own");
        assertThat(cards.get("a-both-1").front()).isEqualTo("[...] and [...]");
        assertThat(cards.get("a-nest-0").front()).isEqualTo("[...]");
        assertThat(cards.get("a-nest-1").front()).isEqualTo("outer [...] text");
        assertThat(cards.get("a-nest-1").back()).isEqualTo("outer inner text");
        assertThat(cards.values()).allMatch(c -> c.kind() == CardKind.CLOZE);
    }

    @ParameterizedTest
    @EnumSource(AnkiPackageBuilder.Layout.class)
    void otherNoteTypesRenderFromTheirTemplates(AnkiPackageBuilder.Layout layout) throws Exception {
        AnkiPackageBuilder.NoteType vocab = new AnkiPackageBuilder.NoteType(2001, "Vocab", false,
                List.of("Word", "Meaning", "Example", "Hint"), List.<String[]>of(
                new String[]{"Recognise", "{{Word}}{{#Example}}<br>e.g. {{Example}}{{/Example}}{{^Example}}<br>(no"
                        + " example){{/Example}}<br>{{hint:Hint}}{{type:Meaning}}",
                        "{{FrontSide}}<hr id=answer>{{Meaning}}<br>{{Tags}} / {{Deck}} / {{Subdeck}} / {{Card}}"},
                new String[]{"Recall", "{{text:Meaning}}", "{{FrontSide}}<hr id=\"answer\">{{Word}}"}));
        AnkiPackageBuilder b = new AnkiPackageBuilder(CRT);
        long deck = b.deck("Lang::Spanish::Verbs");
        b.note(vocab, deck, "v1", " verb common ", "hablar", "<b>to speak</b>", "Hablo español", "h...");
        b.note(vocab, deck, "v2", "", "comer", "to eat", "", "");

        collection.importing(write(b, layout));

        var cards = collection.cardsByUid();
        assertThat(cards.get("a-v1-0").front()).isEqualTo("hablar\ne.g. Hablo español\nh...");
        assertThat(cards.get("a-v1-0").back())
                .isEqualTo("to speak\nverb common / Lang::Spanish::Verbs / Verbs / Recognise");
        assertThat(cards.get("a-v2-0").front()).isEqualTo("comer\n(no example)");
        assertThat(cards.get("a-v1-1").front()).isEqualTo("to speak");
        assertThat(cards.get("a-v1-1").back()).isEqualTo("hablar");
        assertThat(collection.decks()).containsExactly("Lang", "Lang::Spanish", "Lang::Spanish::Verbs");
    }

    @ParameterizedTest
    @EnumSource(AnkiPackageBuilder.Layout.class)
    void schedulingComesAlong(AnkiPackageBuilder.Layout layout) throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(CRT);
        long deck = b.deck("Sched");
        long filtered = b.filteredDeck("Filtered Today");
        long t0 = CRT * 1000 + 6 * 3_600_000L; // day 0, 10:00
        AnkiPackageBuilder.CardRow studied = b.note(BASIC, deck, "studied", "", "studied", "x").get(0)
                .review(20, 12, 2300, 4, 1);
        b.review(studied, t0, 3, -600, 0, 0, 5000, 0)
                .review(studied, t0 + 700_000, 3, 1, -600, 2500, 4000, 0)
                .review(studied, t0 + DAY_MS, 1, -600, 1, 2300, 8000, 1)
                .review(studied, t0 + DAY_MS + 700_000, 3, 4, -600, 2300, 3000, 2)
                .review(studied, t0 + 2 * DAY_MS, 0, 10, 4, 2300, 0, 4) // manual: set due date
                .review(studied, t0 + 5 * DAY_MS, 3, 12, 4, 2300, 6000, 1);
        b.note(BASIC, deck, "susp", "", "suspended review", "x").get(0).review(30, 20, 2500, 3, 0).suspended();
        AnkiPackageBuilder.CardRow buried = b.note(BASIC, deck, "buried", "", "buried", "x").get(0);
        buried.queue = -2;
        b.note(BASIC, deck, "fsrs", "", "fsrs data", "x").get(0).review(40, 30, 2500, 5, 0).data =
                "{\"cd\":{\"s\":99,\"d\":1},\"s\":31.5,\"d\":6.25,\"dr\":0.9,\"lrt\":" + (CRT + 10 * 86_400) + "}";
        b.note(BASIC, deck, "sm2", "", "sm2 only", "x").get(0).review(50, 25, 2500, 6, 0);
        AnkiPackageBuilder.CardRow inFiltered = b.note(BASIC, deck, "filtered", "", "in a filtered deck", "x").get(0)
                .review(-100_000, 9, 2500, 2, 0);
        inFiltered.did = filtered;
        inFiltered.odid = deck;
        inFiltered.odue = 33;
        b.note(BASIC, deck, "learn", "", "learning", "x").get(0).learning(CRT + 3600, 1);

        String out = collection.importing(write(b, layout));

        assertThat(out).contains("5 reviews").contains("manual changes in the review log (resets, set due dates)");
        assertThat(collection.decks()).containsExactly("Sched");
        CardInfo s = collection.card("studied");
        assertThat(s.schedule().state()).isEqualTo(State.REVIEW);
        assertThat(s.schedule().due()).isEqualTo(Instant.ofEpochSecond(CRT).plusSeconds(20 * 86_400));
        assertThat(s.schedule().scheduledDays()).isEqualTo(12);
        assertThat(s.schedule().reps()).isEqualTo(4);
        assertThat(s.schedule().lapses()).isEqualTo(1);
        assertThat(s.schedule().lastReview()).isEqualTo(Instant.ofEpochMilli(t0 + 5 * DAY_MS));
        assertThat(s.schedule().stability()).isPositive();
        // state and elapsed days from the replay; the interval each answer was given is Anki's own
        assertThat(collection.rows("SELECT rating, state, elapsed_days, retrievability IS NULL, scheduled_days"
                + " FROM review_log ORDER BY reviewed_at"))
                .containsExactly("3|0|0|1|0", "3|1|0|0|1", "1|2|1|0|0", "3|3|0|0|4", "3|2|4|0|12");
        CardInfo susp = collection.card("suspended review");
        assertThat(susp.suspended()).isTrue();
        assertThat(susp.schedule().state()).isEqualTo(State.REVIEW);
        CardInfo bur = collection.card("buried");
        assertThat(bur.suspended()).isFalse();
        assertThat(bur.buriedUntil()).isNull();
        CardInfo fsrs = collection.card("fsrs data");
        assertThat(fsrs.schedule().stability()).isEqualTo(31.5);
        assertThat(fsrs.schedule().difficulty()).isEqualTo(6.25);
        assertThat(fsrs.schedule().lastReview()).isEqualTo(Instant.ofEpochSecond(CRT + 10 * 86_400));
        CardInfo sm2 = collection.card("sm2 only");
        assertThat(sm2.schedule().stability()).isEqualTo(25.0);
        assertThat(sm2.schedule().difficulty()).isBetween(1.0, 10.0);
        assertThat(sm2.schedule().lastReview()).isEqualTo(Instant.ofEpochSecond(CRT).plusSeconds(25 * 86_400));
        CardInfo f = collection.card("in a filtered deck");
        assertThat(f.deck()).isEqualTo("Sched");
        assertThat(f.schedule().due()).isEqualTo(Instant.ofEpochSecond(CRT).plusSeconds(33 * 86_400));
        CardInfo learning = collection.card("learning");
        assertThat(learning.schedule().state()).isEqualTo(State.LEARNING);
        assertThat(learning.schedule().due()).isEqualTo(Instant.ofEpochSecond(CRT + 3600));
        assertThat(learning.schedule().stability()).isPositive();
    }

    @Test
    void aResetDropsTheHistoryBeforeIt() throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(CRT);
        long deck = b.deck("Reset");
        long t0 = CRT * 1000 + 3_600_000L;
        AnkiPackageBuilder.CardRow c = b.note(BASIC, deck, "r", "", "reset card", "x").get(0).learning(CRT + 99_999, 1);
        b.review(c, t0, 3, 1, 0, 2500, 1000, 0)
                .review(c, t0 + DAY_MS, 3, 3, 1, 2500, 1000, 1)
                .review(c, t0 + 2 * DAY_MS, 0, 0, 3, 0, 0, 4) // Forget: back to new
                .review(c, t0 + 3 * DAY_MS, 2, -600, 0, 2500, 1000, 0);

        String out = collection.importing(write(b, AnkiPackageBuilder.Layout.MODERN));

        assertThat(collection.reviews()).containsExactly("a-r-0 2 " + (t0 + 3 * DAY_MS));
        assertThat(out).contains("reviews from before the card was reset to new: 2");
    }

    @Test
    void reimportAfterMoreStudyInAnkiAddsTheNewReviewsOnly() throws Exception {
        long t0 = CRT * 1000 + 3_600_000L;
        AnkiPackageBuilder first = new AnkiPackageBuilder(CRT);
        long deck = first.deck("Again");
        AnkiPackageBuilder.CardRow c = first.note(BASIC, deck, "g", "", "front", "back").get(0).review(3, 3, 2500, 1, 0);
        first.review(c, t0, 3, 3, 0, 2500, 1000, 0);
        collection.importing(first.write(dir.resolve("first.apkg"), AnkiPackageBuilder.Layout.MODERN));

        AnkiPackageBuilder second = new AnkiPackageBuilder(CRT);
        long deck2 = second.deck("Again");
        AnkiPackageBuilder.CardRow c2 = second.note(BASIC, deck2, "g", "", "front", "back").get(0)
                .review(12, 9, 2500, 2, 0);
        second.review(c2, t0, 3, 3, 0, 2500, 1000, 0).review(c2, t0 + 3 * DAY_MS, 3, 9, 3, 2500, 1000, 1);
        String out = collection.importing(second.write(dir.resolve("second.apkg"), AnkiPackageBuilder.Layout.MODERN));

        assertThat(out).contains("1 card (1 unchanged), 1 review (1 already there)");
        CardInfo card = collection.card("front");
        assertThat(card.schedule().reps()).isEqualTo(2);
        assertThat(card.schedule().scheduledDays()).isEqualTo(9);
        assertThat(card.schedule().lastReview()).isEqualTo(Instant.ofEpochMilli(t0 + 3 * DAY_MS));
        assertThat(collection.reviews()).hasSize(2);
    }

    @Test
    void aCardMovedToAnotherDeckInAnkiMovesInstead0fDuplicating() throws Exception {
        AnkiPackageBuilder first = new AnkiPackageBuilder(CRT);
        first.note(BASIC, first.deck("Old"), "m", "", "moving card", "x");
        collection.importing(first.write(dir.resolve("first.apkg"), AnkiPackageBuilder.Layout.LEGACY_ANKI21));
        AnkiPackageBuilder second = new AnkiPackageBuilder(CRT);
        second.note(BASIC, second.deck("New"), "m", "", "moving card", "x");

        String out = collection.importing(second.write(dir.resolve("second.apkg"), AnkiPackageBuilder.Layout.MODERN));

        assertThat(out).contains("1 card (1 updated)");
        assertThat(collection.cards()).singleElement().satisfies(c -> assertThat(c.deck()).isEqualTo("New"));
    }

    @ParameterizedTest
    @EnumSource(AnkiPackageBuilder.Layout.class)
    void mediaFilesAreKeptAndClashingNamesGetTheirHash(AnkiPackageBuilder.Layout layout) throws Exception {
        Files.createDirectories(dir.resolve("media"));
        Files.writeString(dir.resolve("media/cat.jpg"), "a different cat");
        AnkiPackageBuilder b = new AnkiPackageBuilder(CRT);
        long deck = b.deck("Pictures");
        b.note(BASIC, deck, "cat", "", "<img src=\"cat.jpg\">", "cat [sound:meow.mp3]");
        b.media("cat.jpg", "jpeg bytes".getBytes(StandardCharsets.UTF_8));
        b.media("meow.mp3", "mp3 bytes".getBytes(StandardCharsets.UTF_8));

        collection.importing(write(b, layout));

        CardInfo card = collection.cardsByUid().get("a-cat-0");
        assertThat(card.front()).matches("\\[image: cat-[0-9a-f]{8}\\.jpg]");
        String stored = card.front().substring("[image: ".length(), card.front().length() - 1);
        assertThat(Files.readString(dir.resolve("media").resolve(stored))).isEqualTo("jpeg bytes");
        assertThat(Files.readString(dir.resolve("media/cat.jpg"))).isEqualTo("a different cat");
        assertThat(card.back()).isEqualTo("cat [audio: meow.mp3]");
        assertThat(Files.readString(dir.resolve("media/meow.mp3"))).isEqualTo("mp3 bytes");

        collection.importing(write(b, layout));
        assertThat(collection.cardsByUid().get("a-cat-0").front()).isEqualTo(card.front());
        try (var files = Files.list(dir.resolve("media"))) {
            assertThat(files.count()).isEqualTo(3);
        }
    }

    @Test
    void deckOptionPutsEveryCardInOneDeck() throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(CRT);
        b.note(BASIC, b.deck("A::B"), "1", "", "one", "x");
        b.note(BASIC, b.deck("C"), "2", "", "two", "x");
        Path pkg = write(b, AnkiPackageBuilder.Layout.MODERN);

        var r = collection.run("import", "--deck", "Mine", pkg.toString());

        assertThat(r.code()).isZero();
        assertThat(collection.decks()).containsExactly("Mine");
        assertThat(collection.cards()).hasSize(2);
    }

    @Test
    void historyGivesRetrievabilityAtEachReview() throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(CRT);
        long t0 = CRT * 1000 + 3_600_000L;
        AnkiPackageBuilder.CardRow c = b.note(BASIC, b.deck("R"), "r", "", "recall", "x").get(0).review(30, 20, 2500, 3, 0);
        b.review(c, t0, 3, 2, 0, 2500, 1000, 0).review(c, t0 + 2 * DAY_MS, 3, 8, 2, 2500, 1000, 1)
                .review(c, t0 + 10 * DAY_MS, 3, 20, 8, 2500, 1000, 1);

        collection.importing(write(b, AnkiPackageBuilder.Layout.LEGACY_ANKI2));

        List<String> r = collection.rows("SELECT retrievability FROM review_log ORDER BY reviewed_at");
        assertThat(r.get(0)).isEqualTo("null");
        assertThat(Double.parseDouble(r.get(1))).isBetween(0.5, 1.0);
        assertThat(Double.parseDouble(r.get(2))).isCloseTo(0.9, within(0.1));
    }

    @Test
    void aWholeCollectionPackageImportsLikeAnApkg() throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(CRT);
        b.note(BASIC, b.deck("Everything::Part"), "c1", "", "from a colpkg", "yes");
        b.note(CLOZE, 1, "c2", "", "{{c1::Default}} deck card", "");
        Path colpkg = b.write(dir.resolve("collection.colpkg"), AnkiPackageBuilder.Layout.MODERN);

        String out = collection.importing(colpkg);

        assertThat(out).startsWith("imported 2 decks, 2 notes, 2 cards (2 added)");
        assertThat(collection.card("from a colpkg").deck()).isEqualTo("Everything::Part");
        assertThat(collection.card("[...] deck card").deck()).isEqualTo("Default");
    }
}
