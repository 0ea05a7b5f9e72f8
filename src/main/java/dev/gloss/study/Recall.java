package dev.gloss.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed recall of a long answer (a definition, an explanation): it is not graded, since a fair
 * paraphrase shares few letters with the original, but the answer's key words that the typed text
 * has are marked so the person can compare and rate themselves.
 *
 * @param answer   the answer in runs of text, each marked when it is a key word that was typed
 * @param found    the key words typed, in answer order
 * @param keyWords how many distinct key words the answer has
 */
public record Recall(List<Run> answer, List<String> found, int keyWords) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    /** Common words of four letters or more that say nothing about the content. */
    private static final Set<String> COMMON = Set.of("about", "also", "been", "could", "does", "each", "every",
            "from", "have", "into", "just", "like", "made", "make", "makes", "many", "more", "most", "much", "only",
            "other", "over", "same", "should", "some", "such", "than", "that", "their", "them", "then", "there",
            "these", "they", "this", "those", "very", "were", "what", "when", "where", "which", "while", "will",
            "with", "would", "your");

    public record Run(String text, boolean typed) {
    }

    public Recall {
        answer = List.copyOf(answer);
        found = List.copyOf(found);
    }

    public static Recall of(String answerText, String typedText) {
        String answer = AnswerCheck.display(answerText);
        List<String> typedWords = new ArrayList<>();
        for (String w : AnswerCheck.normalize(typedText).split(" ")) {
            if (!w.isEmpty()) {
                typedWords.add(w);
            }
        }
        List<Run> runs = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> found = new LinkedHashSet<>();
        Matcher m = WORD.matcher(answer);
        int last = 0;
        while (m.find()) {
            String word = m.group();
            String key = AnswerCheck.normalize(word);
            if (!isKeyWord(key)) {
                continue;
            }
            keys.add(key);
            boolean typed = typedWords.stream().anyMatch(t -> sameWord(t, key));
            if (typed) {
                found.add(key);
                if (m.start() > last) {
                    runs.add(new Run(answer.substring(last, m.start()), false));
                }
                runs.add(new Run(word, true));
                last = m.end();
            }
        }
        if (last < answer.length()) {
            runs.add(new Run(answer.substring(last), false));
        }
        return new Recall(runs, new ArrayList<>(found), keys.size());
    }

    static boolean isKeyWord(String key) {
        return key.codePointCount(0, key.length()) >= 4 && !COMMON.contains(key) || key.chars().anyMatch(Character::isDigit);
    }

    /** The same word, allowing another ending ("decide", "decides", "deciding") or one typo in a long word. */
    static boolean sameWord(String typed, String key) {
        if (typed.equals(key)) {
            return true;
        }
        int common = 0;
        while (common < typed.length() && common < key.length() && typed.charAt(common) == key.charAt(common)) {
            common++;
        }
        int typedRest = typed.length() - common;
        int keyRest = key.length() - common;
        if (common >= 4 && typedRest <= 3 && keyRest <= 3 && (common >= 5 || typedRest == 0 || keyRest == 0)) {
            return true;
        }
        return key.length() >= 6 && AnswerCheck.distance(typed.codePoints().toArray(), key.codePoints().toArray()) <= 1;
    }
}
