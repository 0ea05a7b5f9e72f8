package dev.gloss.study;

/** A card as it is asked: flipped, typed or chosen, with what each way needs. */
public sealed interface Question permits Question.Flip, Question.Typed, Question.Choice {

    StudyCard card();

    /** The mode actually used (never {@link QuizMode#MIXED}); answers record it. */
    QuizMode mode();

    /** Why this card is not asked the way the session asked for, or "" when it is. */
    String fallback();

    record Flip(StudyCard card) implements Question {
        @Override
        public QuizMode mode() {
            return QuizMode.FLIP;
        }

        @Override
        public String fallback() {
            return "";
        }
    }

    /**
     * A typed answer. A short answer is graded ({@link #check}); a long one (a definition) is typed
     * from memory and compared by the person, with the key words they had marked ({@link #recall}).
     */
    record Typed(StudyCard card, String fallback) implements Question {
        @Override
        public QuizMode mode() {
            return QuizMode.TYPE;
        }

        /** True when the answer is short enough to be checked letter by letter. */
        public boolean graded() {
            return AnswerCheck.typeable(card.back());
        }

        public AnswerCheck check(String typed) {
            return AnswerCheck.of(card.back(), typed);
        }

        public Recall recall(String typed) {
            return Recall.of(card.back(), typed);
        }
    }

    record Choice(StudyCard card, Choices choices) implements Question {
        @Override
        public QuizMode mode() {
            return QuizMode.CHOICE;
        }

        @Override
        public String fallback() {
            return "";
        }
    }
}
