package dev.gloss.exchange;

import java.util.Set;
import java.util.TreeSet;

/**
 * Anki cloze deletions: {@code {{c1::answer}}}, {@code {{c2::answer::hint}}}, {@code {{c1,3::answer}}}, nested
 * deletions too. On the question side the card's own deletions show as {@code [...]} (or {@code [hint]}) and the
 * others as their text; on the answer side every deletion shows its text.
 */
final class Cloze {
    private static final String OPEN = "{{c";
    private static final String CLOSE = "}}";

    private Cloze() {
    }

    /** The cloze numbers used in the text, in order. */
    static Set<Integer> numbers(String text) {
        Set<Integer> out = new TreeSet<>();
        collect(text, out);
        return out;
    }

    private static void collect(String text, Set<Integer> out) {
        int i = 0;
        while (i < text.length()) {
            Deletion d = Deletion.at(text, i);
            if (d == null) {
                i++;
                continue;
            }
            out.addAll(d.numbers());
            collect(d.content(), out);
            i = d.end();
        }
    }

    /** @param number the card's cloze number (1-based) */
    static String render(String text, int number, boolean answerSide) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Deletion d = Deletion.at(text, i);
            if (d == null) {
                out.append(text.charAt(i));
                i++;
                continue;
            }
            if (!answerSide && d.numbers().contains(number)) {
                out.append('[').append(d.hint() == null || d.hint().isBlank() ? "..." : d.hint()).append(']');
            } else {
                out.append(render(d.content(), number, answerSide));
            }
            i = d.end();
        }
        return out.toString();
    }

    /** One deletion: the numbers it counts for, its text (may hold nested deletions) and optional hint. */
    private record Deletion(Set<Integer> numbers, String content, String hint, int end) {
        /** The deletion starting at {@code start}, or null if none starts there. */
        static Deletion at(String text, int start) {
            if (!text.startsWith(OPEN, start)) {
                return null;
            }
            int i = start + OPEN.length();
            int digitsFrom = i;
            while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ',')) {
                i++;
            }
            if (i == digitsFrom || !text.startsWith("::", i)) {
                return null;
            }
            Set<Integer> numbers = new TreeSet<>();
            for (String n : text.substring(digitsFrom, i).split(",")) {
                if (!n.isEmpty() && n.length() <= 4) {
                    int value = Integer.parseInt(n);
                    if (value > 0) {
                        numbers.add(value);
                    }
                }
            }
            if (numbers.isEmpty()) {
                return null;
            }
            int bodyFrom = i + 2;
            int depth = 0;
            int j = bodyFrom;
            int hintAt = -1;
            while (j < text.length()) {
                if (text.startsWith(OPEN, j) && at(text, j) != null) {
                    depth++;
                    j += OPEN.length();
                } else if (text.startsWith(CLOSE, j)) {
                    if (depth == 0) {
                        String body = hintAt < 0 ? text.substring(bodyFrom, j) : text.substring(bodyFrom, hintAt);
                        String hint = hintAt < 0 ? null : text.substring(hintAt + 2, j);
                        return new Deletion(numbers, body, hint, j + CLOSE.length());
                    }
                    depth--;
                    j += CLOSE.length();
                } else if (depth == 0 && hintAt < 0 && text.startsWith("::", j)) {
                    hintAt = j;
                    j += 2;
                } else {
                    j++;
                }
            }
            return null; // never closed: plain text
        }
    }
}
