package dev.gloss.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence splitting and trimming that never cuts inside a sentence. A full stop ends a sentence
 * only when a space and a capital (or digit, or quote) follow, and not after an abbreviation
 * ("e.g.", "vs.", "Dr.") or an initial ("J."); decimals never split because no space follows.
 */
final class Sentences {
    /** Card backs longer than this many words keep only their first whole sentences. */
    static final int MAX_CARD_WORDS = 60;
    /** Paragraph breaks: a line that is empty or only spaces. */
    static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n\\s*\\n");

    private static final Set<String> ABBREVIATIONS = WordSets.of(
            "e.g", "i.e", "eg", "ie", "vs", "v", "cf", "approx", "ca", "esp", "incl", "al", "viz",
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "inc", "ltd", "co", "corp", "dept", "est",
            "fig", "figs", "no", "nos", "vol", "vols", "p", "pp", "ch", "sec", "eq", "ref", "refs", "ed", "eds",
            "u.s", "u.k", "e.u", "a.k.a", "aka", "ph.d", "b.sc", "m.sc", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "gen", "gov", "lt", "col", "sgt", "rev");

    private Sentences() {
    }

    /** The sentences of a text, each trimmed; blank lines always end a sentence. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String paragraph : BLANK_LINE.split(text)) {
            splitParagraph(paragraph.replace('\n', ' ').strip(), out);
        }
        return out;
    }

    private static void splitParagraph(String p, List<String> out) {
        int start = 0;
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && isTerminatorTail(p.charAt(end))) {
                end++;
            }
            if (end >= n || p.charAt(end) != ' ') {
                continue;
            }
            int next = end;
            while (next < n && p.charAt(next) == ' ') {
                next++;
            }
            if (next >= n || !startsSentence(p.charAt(next))) {
                continue;
            }
            if (c == '.' && isAbbreviationBefore(p, i)) {
                continue;
            }
            addSentence(p.substring(start, end), out);
            start = next;
            i = next - 1;
        }
        addSentence(p.substring(start), out);
    }

    private static void addSentence(String s, List<String> out) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    private static boolean isTerminatorTail(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '”'
                || c == '’' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\'' || c == '‘'
                || c == '(' || c == '[' || Character.isTitleCase(c)
                || (Character.isLetter(c) && !Character.isLowerCase(c));
    }

    /** True when the word ending at the full stop at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviationBefore(String p, int dot) {
        int b = dot;
        while (b > 0 && !Character.isWhitespace(p.charAt(b - 1)) && p.charAt(b - 1) != '(') {
            b--;
        }
        String word = p.substring(b, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /**
     * The text on one line, or, when longer than {@code maxWords}, its first whole sentences up to
     * that many words (always at least the first sentence, however long).
     */
    static String trim(String text, int maxWords) {
        String line = TextCleanup.flat(text);
        if (words(line) <= maxWords) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int total = 0;
        for (String sentence : split(text)) {
            String s = TextCleanup.flat(sentence);
            int w = words(s);
            if (out.length() > 0 && total + w > maxWords) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(s);
            total += w;
        }
        return out.toString();
    }
}
