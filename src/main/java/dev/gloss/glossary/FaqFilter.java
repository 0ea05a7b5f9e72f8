package dev.gloss.glossary;

import dev.gloss.deck.Faq;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps the questions worth a card: not about jobs or pay, not tautological ("What does X stand
 * for?" — "X stands for X."), with an answer left once marketing sentences are gone.
 */
final class FaqFilter {
    private static final Pattern QUESTION_LABEL = Pattern.compile("^(?:Q|Question)\\s*\\d{0,3}\\s*[:.)]\\s*");
    private static final Pattern ANSWER_LABEL = Pattern.compile("^(?:A|Answer)\\s*\\d{0,3}\\s*[:.)]\\s*");

    private FaqFilter() {
    }

    /** @param term the entry the question is about, or null for a page-level question */
    static Optional<Faq> accept(String question, String answer, TermPattern term) {
        String q = TextCleanup.flat(NoiseFilter.stripIcons(QUESTION_LABEL.matcher(question.strip()).replaceFirst("")));
        String a = NoiseFilter.cleanProse(ANSWER_LABEL.matcher(answer.strip()).replaceFirst(""), term);
        if (q.isEmpty() || a.isBlank() || NoiseFilter.isOffTopicQuestion(q, term) || NoiseFilter.isTautology(a)) {
            return Optional.empty();
        }
        return Optional.of(new Faq(q, a));
    }
}
