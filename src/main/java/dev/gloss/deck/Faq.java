package dev.gloss.deck;

/** A question with its answer, on a term or on a whole page. */
public record Faq(String question, String answer) {
    public Faq {
        question = PlainText.clean(question);
        answer = PlainText.clean(answer);
    }
}
