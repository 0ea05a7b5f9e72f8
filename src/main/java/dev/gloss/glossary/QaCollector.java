package dev.gloss.glossary;

import java.util.List;

/**
 * Collects "Q: …" / "A: …" pairs line by line, for the Markdown and plain-text readers. A question
 * may run over several lines; its answer runs until the next question or until the reader closes
 * it (a heading, a list, the end of the page), possibly over several paragraphs.
 */
final class QaCollector {
    private final StringBuilder question = new StringBuilder();
    private final StringBuilder answer = new StringBuilder();
    private boolean open;
    private boolean answering;

    boolean isOpen() {
        return open;
    }

    boolean hasAnswer() {
        return open && answer.length() > 0;
    }

    /** Offers one plain line; true when it belonged to a question or answer. */
    boolean offer(String line, List<Block> out) {
        var q = LabelledText.question(line);
        if (q.isPresent()) {
            close(out);
            open = true;
            question.append(q.get());
            return true;
        }
        if (!open) {
            return false;
        }
        var a = LabelledText.answer(line);
        if (a.isPresent() && !answering) {
            answering = true;
            append(answer, a.get(), " ");
            return true;
        }
        if (!answering && !question.toString().endsWith("?")) {
            append(question, line, " ");
            return true;
        }
        answering = true;
        append(answer, line, " ");
        return true;
    }

    /** A blank line: the answer may go on in the next paragraph. */
    void paragraphBreak() {
        if (answering && answer.length() > 0 && !answer.toString().endsWith("\n\n")) {
            answer.append("\n\n");
        }
    }

    void close(List<Block> out) {
        if (open) {
            String q = question.toString().strip();
            String a = answer.toString().strip();
            if (!q.isEmpty() && !a.isEmpty()) {
                out.add(new Block.QuestionAnswer(q, a));
            }
        }
        question.setLength(0);
        answer.setLength(0);
        open = false;
        answering = false;
    }

    private static void append(StringBuilder to, String text, String separator) {
        if (text.isBlank()) {
            return;
        }
        if (to.length() > 0 && !to.toString().endsWith("\n\n")) {
            to.append(separator);
        }
        to.append(text.strip());
    }
}
