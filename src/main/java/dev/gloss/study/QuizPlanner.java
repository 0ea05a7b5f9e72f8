package dev.gloss.study;

import dev.gloss.schedule.State;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns each card of a session into a question in the session's mode. In mixed mode a new or
 * learning card is a choice, a young one (relearning, or stability under three weeks) is typed,
 * and a mature one is flipped. A mode a card cannot take falls back: choice needs two distinct
 * options, typing needs an answer short enough to type ({@link AnswerCheck#TYPEABLE_LENGTH});
 * flipping always works.
 */
public final class QuizPlanner {
    /** Below this stability (days) a review card counts as young. */
    public static final double YOUNG_STABILITY_DAYS = 21;

    static final String LONG_ANSWER = "a long answer: recall it, then reveal it and rate yourself";
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
            case TYPE -> typed(card, "");
            default -> new Question.Flip(card, "");
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
        return choices.<Question>map(c -> new Question.Choice(card, c)).orElseGet(() -> typed(card, NO_OPTIONS));
    }

    private Question typed(StudyCard card, String why) {
        if (AnswerCheck.typeable(card.back())) {
            return new Question.Typed(card, why);
        }
        return new Question.Flip(card, why.isEmpty() ? LONG_ANSWER : why);
    }

    private ChoicePool pool() {
        if (pool == null) {
            pool = new ChoicePool(answers.get());
        }
        return pool;
    }
}
