package dev.gloss.study;

import dev.gloss.deck.CardKind;
import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.State;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizPlannerTest {
    private static final String LONG = "A system in which a language model repeatedly decides what to do next, calls "
            + "tools or takes actions, observes the results, and keeps going.";

    private static final List<DeckAnswer> ANSWERS = List.of(
            new DeckAnswer(1, 1, CardKind.REVERSE, "Attention"),
            new DeckAnswer(2, 1, CardKind.REVERSE, "Embedding"),
            new DeckAnswer(3, 1, CardKind.REVERSE, "Tokenization"),
            new DeckAnswer(4, 1, CardKind.REVERSE, "Transformer"));

    private static StudyCard card(String back, State state, double stability) {
        CardSchedule s = new CardSchedule(state, stability, state == State.NEW ? 0 : 5, Instant.EPOCH,
                state == State.NEW ? null : Instant.EPOCH, 0, 0, state == State.NEW ? 0 : 3, 0);
        return new StudyCard(1, "c-1", 1, "Deck", CardKind.REVERSE, "", "front", back, List.of(), s);
    }

    @Test
    void modesParseFromTheCommandLine() {
        assertThat(QuizMode.parse(" Choice ")).isEqualTo(QuizMode.CHOICE);
        assertThat(QuizMode.MIXED.id()).isEqualTo("mixed");
        assertThatThrownBy(() -> QuizMode.parse("quiz")).hasMessageContaining("flip, type, choice or mixed");
    }

    @Test
    void mixedModeAsksNewCardsAsChoicesYoungOnesTypedAndMatureOnesFlipped() {
        assertThat(QuizPlanner.mixedMode(card("Attention", State.NEW, 0))).isEqualTo(QuizMode.CHOICE);
        assertThat(QuizPlanner.mixedMode(card("Attention", State.LEARNING, 1))).isEqualTo(QuizMode.CHOICE);
        assertThat(QuizPlanner.mixedMode(card("Attention", State.RELEARNING, 30))).isEqualTo(QuizMode.TYPE);
        assertThat(QuizPlanner.mixedMode(card("Attention", State.REVIEW, 5))).isEqualTo(QuizMode.TYPE);
        assertThat(QuizPlanner.mixedMode(card("Attention", State.REVIEW, 40))).isEqualTo(QuizMode.FLIP);
    }

    @Test
    void eachModeGivesItsKindOfQuestion() {
        StudyCard c = card("Attention", State.NEW, 0);
        assertThat(new QuizPlanner(QuizMode.FLIP, () -> ANSWERS).question(c)).isInstanceOf(Question.Flip.class);
        assertThat(new QuizPlanner(QuizMode.TYPE, () -> ANSWERS).question(c)).isInstanceOf(Question.Typed.class);
        Question choice = new QuizPlanner(QuizMode.CHOICE, () -> ANSWERS).question(c);
        assertThat(choice).isInstanceOf(Question.Choice.class);
        assertThat(((Question.Choice) choice).choices().options()).hasSize(4).contains("Attention");
        assertThat(new QuizPlanner(QuizMode.MIXED, () -> ANSWERS).question(c).mode()).isEqualTo(QuizMode.CHOICE);
    }

    @Test
    void longAnswersAreTypedFromMemoryButNotGraded() {
        Question q = new QuizPlanner(QuizMode.TYPE, () -> ANSWERS).question(card(LONG, State.NEW, 0));
        assertThat(q).isInstanceOf(Question.Typed.class);
        assertThat(((Question.Typed) q).graded()).isFalse();
        assertThat(((Question.Typed) new QuizPlanner(QuizMode.TYPE, () -> ANSWERS)
                .question(card("Attention", State.NEW, 0))).graded()).isTrue();
    }

    @Test
    void aChoiceWithoutOtherAnswersFallsBackToTyping() {
        Question q = new QuizPlanner(QuizMode.CHOICE, List::of).question(card("Attention", State.NEW, 0));
        assertThat(q).isInstanceOf(Question.Typed.class);
        assertThat(q.fallback()).contains("no other answers");
    }

    @Test
    void theDecksAnswersAreReadOncePerSession() {
        AtomicInteger reads = new AtomicInteger();
        QuizPlanner planner = new QuizPlanner(QuizMode.CHOICE, () -> {
            reads.incrementAndGet();
            return ANSWERS;
        });
        planner.question(card("Attention", State.NEW, 0));
        planner.question(card("Embedding", State.NEW, 0));
        assertThat(reads).hasValue(1);
        new QuizPlanner(QuizMode.FLIP, () -> {
            throw new AssertionError("flip mode needs no answers");
        }).question(card("Attention", State.NEW, 0));
    }
}
