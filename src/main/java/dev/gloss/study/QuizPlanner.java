package dev.gloss.study;

import dev.gloss.schedule.State;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns each card of a session into a question in the session's mode. In mixed mode a new or
 * learning card is a choice, a young one (relearning, or stability under three weeks) is typed,
 * and a mature one is flipped. Choice needs two distinct options; without them the card is typed.
 * A long answer typed is not graded but compared by the person ({@link Question.Typed#graded()}).
 */
public final class QuizPlanner {
    /** Below this stability (days) a review card counts as young. */
    public static final double YOUNG_STABILITY_DAYS = 21;

    static final String NO_OPTIONS = "no other answers in this deck to choose from";

    private final QuizMode requested;
    private final Supplier<List<DeckAnswer>> answers;
    private ChoicePool pool;

    /**
     * @param answers the answers of the session's decks; read once, when the first choice is needed
     */
    public QuizPlanner(QuizMode requested, Supplier<List<DeckAnswer>> answers) {
        this.requested = requested;
        this.answers = answers;
    }

    public static QuizPlanner forSession(QuizMode requested, StudySession session) {
        return new QuizPlanner(requested, session::deckAnswers);
    }

    public QuizMode requested() {
        return requested;
    }

    public Question question(StudyCard card) {
        QuizMode wanted = requested == QuizMode.MIXED ? mixedMode(card) : requested;
        return switch (wanted) {
            case CHOICE -> choice(card);
            case TYPE -> new Question.Typed(card, "");
            default -> new Question.Flip(card);
        };
    }

    /** The mode mixed mode asks a card in, before any fallback. */
    public static QuizMode mixedMode(StudyCard card) {
        State state = card.schedule().state();
        if (state == State.NEW || state == State.LEARNING) {
            return QuizMode.CHOICE;
        }
        if (state == State.RELEARNING || card.schedule().stability() < YOUNG_STABILITY_DAYS) {
            return QuizMode.TYPE;
        }
        return QuizMode.FLIP;
    }

    private Question choice(StudyCard card) {
        Optional<Choices> choices = ChoiceOptions.of(card, pool());
        return choices.<Question>map(c -> new Question.Choice(card, c))
                .orElseGet(() -> new Question.Typed(card, NO_OPTIONS));
    }

    private ChoicePool pool() {
        if (pool == null) {
            pool = new ChoicePool(answers.get());
        }
        return pool;
    }
}
