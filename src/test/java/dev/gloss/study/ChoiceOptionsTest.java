package dev.gloss.study;

import dev.gloss.deck.CardKind;
import dev.gloss.schedule.CardSchedule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceOptionsTest {
    private static final long DECK = 1;
    private static final long OTHER_DECK = 2;

    private static StudyCard card(long id, long deck, CardKind kind, String back, List<String> choices) {
        return new StudyCard(id, "c-" + id, deck, "Deck", kind, "", "front " + id, back, choices,
                CardSchedule.newCard(Instant.EPOCH));
    }

    private static final List<DeckAnswer> TERMS = List.of(
            new DeckAnswer(1, DECK, CardKind.REVERSE, "Fine-Tuning"),
            new DeckAnswer(2, DECK, CardKind.REVERSE, "Instruction Tuning"),
            new DeckAnswer(3, DECK, CardKind.REVERSE, "Prompt Tuning"),
            new DeckAnswer(4, DECK, CardKind.REVERSE, "Tokenization"),
            new DeckAnswer(5, DECK, CardKind.REVERSE, "Attention"),
            new DeckAnswer(6, DECK, CardKind.REVERSE, "Embedding"),
            new DeckAnswer(7, DECK, CardKind.REVERSE, "fine tuning"), // the same answer written differently
            new DeckAnswer(8, DECK, CardKind.DEFINITION, "Adjusting a trained model on new data."),
            new DeckAnswer(9, OTHER_DECK, CardKind.REVERSE, "Fine Tuned Tuning"));

    @Test
    void wrongOptionsAreTheMostSimilarAnswersOfTheSameDeckAndKind() {
        ChoicePool pool = new ChoicePool(TERMS);
        List<String> similar = pool.similarAnswers(card(1, DECK, CardKind.REVERSE, "Fine-Tuning", List.of()), 3);
        assertThat(similar).hasSize(3);
        assertThat(similar.subList(0, 2)).containsExactlyInAnyOrder("Instruction Tuning", "Prompt Tuning");
        assertThat(similar).doesNotContain("fine tuning", "Fine Tuned Tuning", "Adjusting a trained model on new data.");
    }

    @Test
    void fourOptionsWithTheAnswerInAFixedOrderSeededByTheCard() {
        ChoicePool pool = new ChoicePool(TERMS);
        StudyCard card = card(4, DECK, CardKind.REVERSE, "Tokenization", List.of());
        Choices c = ChoiceOptions.of(card, pool).orElseThrow();
        assertThat(c.options()).hasSize(4).doesNotHaveDuplicates().contains("Tokenization");
        assertThat(c.answer()).isEqualTo("Tokenization");
        assertThat(ChoiceOptions.of(card, new ChoicePool(TERMS)).orElseThrow()).isEqualTo(c);
    }

    @Test
    void theRightAnswerIsNotAlwaysInTheSamePlace() {
        ChoicePool pool = new ChoicePool(TERMS);
        List<Integer> places = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            String back = TERMS.get((int) id - 1).answer();
            places.add(ChoiceOptions.of(card(id, DECK, CardKind.REVERSE, back, List.of()), pool).orElseThrow().correct());
        }
        assertThat(places.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    void aCardsOwnOptionsAreUsedWhenTheDeckHasThem() {
        StudyCard card = card(20, DECK, CardKind.CHOICE, "Foundation Model",
                List.of("Foundation Model", "Transfer Learning", "Fine-Tuning", "Pre-training"));
        Choices c = ChoiceOptions.of(card, new ChoicePool(TERMS)).orElseThrow();
        assertThat(c.options()).containsExactlyInAnyOrder("Foundation Model", "Transfer Learning", "Fine-Tuning",
                "Pre-training");
        assertThat(c.answer()).isEqualTo("Foundation Model");
    }

    @Test
    void theAnswerIsAddedWhenTheOwnOptionsLackIt() {
        StudyCard card = card(21, DECK, CardKind.CHOICE, "Yes", List.of("No", "Maybe"));
        Choices c = ChoiceOptions.of(card, new ChoicePool(List.of())).orElseThrow();
        assertThat(c.options()).containsExactlyInAnyOrder("Yes", "No", "Maybe");
        assertThat(c.answer()).isEqualTo("Yes");
    }

    @Test
    void withoutAnyOtherAnswerThereIsNoChoice() {
        ChoicePool pool = new ChoicePool(List.of(new DeckAnswer(1, DECK, CardKind.BASIC, "alone")));
        assertThat(ChoiceOptions.of(card(1, DECK, CardKind.BASIC, "alone", List.of()), pool)).isEmpty();
    }

    @Test
    void longAnswersAreComparedByTheirWords() {
        List<DeckAnswer> faqs = List.of(
                new DeckAnswer(1, DECK, CardKind.FAQ, "An agent runs a loop of tool calls until it reaches its goal."),
                new DeckAnswer(2, DECK, CardKind.FAQ, "A chatbot replies once; an agent runs a loop calling tools."),
                new DeckAnswer(3, DECK, CardKind.FAQ, "Tokens are pieces of words."),
                new DeckAnswer(4, DECK, CardKind.FAQ, "Attention weighs every position."));
        List<String> similar = new ChoicePool(faqs).similarAnswers(card(1, DECK, CardKind.FAQ, faqs.get(0).answer(),
                List.of()), 1);
        assertThat(similar).containsExactly("A chatbot replies once; an agent runs a loop calling tools.");
    }
}
