package dev.gloss.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The options of a choice question: the card's own options when the deck gives them, otherwise its
 * answer among the most similar answers of other cards of its deck and kind. The order is shuffled
 * with the card's id as seed, so a card always shows its options the same way.
 */
public final class ChoiceOptions {
    /** Options per question. */
    public static final int COUNT = 4;

    private ChoiceOptions() {
    }

    /** The options for {@code card}, or empty when there are not two distinct ones to choose from. */
    public static Optional<Choices> of(StudyCard card, ChoicePool pool) {
        String answer = AnswerCheck.display(card.back());
        String answerKey = AnswerCheck.normalize(answer);
        if (answerKey.isEmpty()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(COUNT);
        options.add(answer);
        Set<String> keys = new HashSet<>();
        keys.add(answerKey);
        List<String> others = card.choices().isEmpty() ? pool.similarAnswers(card, COUNT - 1) : card.choices();
        for (String other : others) {
            String shown = AnswerCheck.display(other);
            String key = AnswerCheck.normalize(shown);
            if (options.size() < COUNT && !key.isEmpty() && keys.add(key)) {
                options.add(shown);
            }
        }
        if (options.size() < 2) {
            return Optional.empty();
        }
        Collections.shuffle(options, new Random(card.id()));
        return Optional.of(new Choices(options, options.indexOf(answer)));
    }
}
