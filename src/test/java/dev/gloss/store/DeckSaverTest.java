package dev.gloss.store;

import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.TestDecks;
import dev.gloss.schedule.Rating;
import dev.gloss.schedule.State;
import dev.gloss.study.SessionOptions;
import dev.gloss.study.StudySession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeckSaverTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("gloss.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void importingAddsTheDeckWithItsCardsAsNew() {
        ImportReport report = new DeckSaver(db).save(TestDecks.terms("Words", 3), NOW, false);

        assertThat(report.added()).isEqualTo(3);
        assertThat(report.newDeck()).isTrue();
        List<CardInfo> cards = new CardStore(db).list(null, null);
        assertThat(cards).extracting(CardInfo::front).containsExactly("Term 1", "Term 2", "Term 3");
        assertThat(cards).allSatisfy(c -> assertThat(c.schedule().state()).isEqualTo(State.NEW));
    }

    @Test
    void reimportingWithEditedTextKeepsProgressAndMarksTheCardChanged() {
        Deck deck = TestDecks.terms("Words", 2);
        new DeckSaver(db).save(deck, NOW, false);
        StudySession session = StudySession.open(new SqliteStudyStore(db), Clock.fixed(NOW, ZoneOffset.UTC),
                ZoneOffset.UTC, SessionOptions.all());
        session.answer(Rating.GOOD, Duration.ofSeconds(3));
        CardInfo studied = new CardStore(db).list(null, null).get(0);
        assertThat(studied.schedule().reps()).isEqualTo(1);

        List<Card> edited = new ArrayList<>(deck.cards());
        Card first = edited.get(0);
        edited.set(0, new Card(first.id(), first.kind(), first.entry(), first.front(), "A better definition."));
        ImportReport report = new DeckSaver(db).save(
                new Deck(deck.name(), deck.description(), deck.entries(), deck.faqs(), edited), NOW, false);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.added()).isZero();
        CardInfo after = new CardStore(db).list(null, null).get(0);
        assertThat(after.back()).isEqualTo("A better definition.");
        assertThat(after.changed()).isTrue();
        assertThat(after.schedule()).isEqualTo(studied.schedule());
        assertThat(after.id()).isEqualTo(studied.id());
    }

    @Test
    void cardsMissingFromANewVersionAreRemovedButStudiedOnesKeepTheirHistorySuspended() {
        Deck deck = TestDecks.terms("Words", 3);
        new DeckSaver(db).save(deck, NOW, false);
        StudySession session = StudySession.open(new SqliteStudyStore(db), Clock.fixed(NOW, ZoneOffset.UTC),
                ZoneOffset.UTC, SessionOptions.all());
        session.answer(Rating.GOOD, Duration.ZERO); // Term 1 now has history

        Deck smaller = new Deck(deck.name(), deck.description(), List.of(), List.of(), deck.cards().subList(2, 3));
        ImportReport dry = new DeckSaver(db).save(smaller, NOW, true);
        assertThat(dry.removed()).isEqualTo(1);
        assertThat(dry.retired()).isEqualTo(1);
        assertThat(new CardStore(db).list(null, null)).hasSize(3);

        new DeckSaver(db).save(smaller, NOW, false);
        List<CardInfo> cards = new CardStore(db).list(null, null);
        assertThat(cards).extracting(CardInfo::front).containsExactly("Term 1", "Term 3");
        assertThat(cards.get(0).suspended()).isTrue();
    }

    @Test
    void aDryRunWritesNothing() {
        ImportReport report = new DeckSaver(db).save(TestDecks.terms("Words", 2), NOW, true);
        assertThat(report.added()).isEqualTo(2);
        assertThat(new DeckStore(db).count()).isZero();
    }

    @Test
    void missingParentDecksAreCreated() {
        new DeckSaver(db).save(TestDecks.terms("Languages::Spanish::Verbs", 1), NOW, false);
        assertThat(new DeckStore(db).refs()).extracting(d -> d.name())
                .containsExactly("Languages", "Languages::Spanish", "Languages::Spanish::Verbs");
        DeckSummary parent = new DeckStore(db).summaries(NOW, ZoneOffset.UTC).get(0);
        assertThat(parent.total()).isEqualTo(1);
        assertThat(parent.newToday()).isEqualTo(1);
    }

    @Test
    void theSameDeckFileCanLiveInTwoDecks() {
        Deck deck = TestDecks.terms("Words", 2);
        new DeckSaver(db).save(deck, NOW, false);
        new DeckSaver(db).save(new Deck("Copy", "", deck.entries(), deck.faqs(), deck.cards()), NOW, false);
        assertThat(new CardStore(db).list(null, null)).hasSize(4);
    }

    @Test
    void choicesAndTagsAreKept() {
        Card choice = new Card("c-x", CardKind.CHOICE, "A", "Which?", "A", List.of("B", "A", "C", "D"), List.of("t1", "t2"));
        new DeckSaver(db).save(new Deck("Quiz", "", List.of(), List.of(), List.of(choice)), NOW, false);
        CardInfo card = new CardStore(db).list(null, null).get(0);
        assertThat(card.choices()).containsExactly("B", "A", "C", "D");
        assertThat(card.tags()).containsExactly("t1", "t2");
    }
}
