package dev.gloss.study;

import java.util.List;

/**
 * The numbered options of a choice question.
 *
 * @param correct index (0-based) of the right answer in {@code options}
 */
public record Choices(List<String> options, int correct) {

    public Choices {
        options = List.copyOf(options);
        if (options.size() < 2 || correct < 0 || correct >= options.size()) {
            throw new IllegalArgumentException("choices need two or more options and the right one among them");
        }
    }

    public boolean isCorrect(int index) {
        return index == correct;
    }

    public String answer() {
        return options.get(correct);
    }
}
