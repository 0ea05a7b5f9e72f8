package dev.gloss.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies {@link NoiseRules}: cleans lines of icon names and tells noise from content. */
final class NoiseFilter {
    private static final Pattern SNAKE_ICON = Pattern.compile(
            NoiseRules.SNAKE_ICONS.stream().sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow());
    /** An unknown snake_case icon name glued to the capitalised word after it. */
    private static final Pattern GLUED_SNAKE = Pattern.compile("(?<![\\p{L}\\p{N}])[a-z]+(?:_[a-z]+)+(?=\\p{Lu})");
    private static final Pattern SNAKE_TOKEN = Pattern.compile("[a-z]+(?:_[a-z]+)+");
    /** "Logo" as a word, or glued to the name after it ("HiredinAI LogoHiredinAI"). */
    private static final Pattern LOGO = Pattern.compile("(?<![\\p{L}])[Ll](?:ogo|OGO)(?![\\p{Ll}])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\W*$");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern TAUTOLOGY = Pattern.compile(
            "^(.+?)\\s+(?:stands for|means|is short for|is an abbreviation (?:of|for))\\s+(.+?)[.!]?$",
            Pattern.CASE_INSENSITIVE);

    private NoiseFilter() {
    }

    /** The line without icon names, or "" when the whole line is site noise. */
    static String cleanLine(String line) {
        if (line == null || line.isBlank()) {
            return "";
        }
        String raw = line.strip();
        if (isBreadcrumb(raw)) {
            return "";
        }
        String s = stripIcons(raw);
        if (s.isEmpty() || (Sentences.words(s) <= 4 && isIconSoup(s)) || isLogo(s) || isNavigation(s, 2)) {
            return "";
        }
        if (NoiseRules.anyMatches(NoiseRules.NOISE_LINES, s) || isCallToAction(s)) {
            return "";
        }
        return s;
    }

    /** Icon names removed; the words they were glued to come apart. */
    static String stripIcons(String text) {
        String s = text;
        if (s.indexOf('_') >= 0) {
            s = SNAKE_ICON.matcher(s).replaceAll(" ");
            s = GLUED_SNAKE.matcher(s).replaceAll(" ");
        }
        s = withoutGluedWordIcons(s);
        return s.indexOf("  ") >= 0 ? SPACES.matcher(s.strip()).replaceAll(" ") : s.strip();
    }

    /**
     * Removes one-word icon names glued to the capitalised word after them ("workBrowse Jobs" →
     * "Browse Jobs"), found by scanning for a lower-to-upper case step rather than by a regular
     * expression with a hundred alternatives.
     */
    private static String withoutGluedWordIcons(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i + 1 < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i)) || !Character.isLowerCase(s.charAt(i + 1))
                    || !Character.isLowerCase(s.charAt(i - 1))) {
                continue;
            }
            int start = i - 1;
            while (start > 0 && Character.isLowerCase(s.charAt(start - 1))) {
                start--;
            }
            if (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) {
                continue;
            }
            if (NoiseRules.WORD_ICONS.contains(s.substring(start, i))) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, start);
                copied = i;
            }
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** A short line made of calls to action only ("Ready to build? Start your free trial today"). */
    static boolean isCallToAction(String line) {
        if (Sentences.words(line) > 2 * NoiseRules.CALL_TO_ACTION_MAX_WORDS) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            boolean end = i == line.length()
                    || (i > 0 && line.charAt(i) == ' ' && ".!?".indexOf(line.charAt(i - 1)) >= 0);
            if (!end) {
                continue;
            }
            String sentence = line.substring(start, i).strip();
            start = i + 1;
            if (sentence.isEmpty()) {
                continue;
            }
            if (Sentences.words(sentence) > NoiseRules.CALL_TO_ACTION_MAX_WORDS
                    || !NoiseRules.CALL_TO_ACTION.matcher(sentence).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    /** A short line of menu words only ("Pricing", "About Us", "JobsCompaniesPricing"). */
    static boolean isNavigation(String line, int minNavWords) {
        if (line.length() > 120 || endsSentence(line)) {
            return false;
        }
        int nav = 0;
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean wordChar = i < line.length() && isNavWordChar(line.charAt(i));
            boolean glued = wordChar && start >= 0 && Character.isUpperCase(line.charAt(i))
                    && Character.isLowerCase(line.charAt(i - 1));
            if (start >= 0 && (!wordChar || glued)) {
                String word = line.substring(start, i).toLowerCase(Locale.ROOT);
                if (NoiseRules.NAV_WORDS.contains(word)) {
                    nav++;
                } else if (!NoiseRules.NAV_FILLER.contains(word)) {
                    return false;
                }
                start = -1;
            }
            if (wordChar && start < 0) {
                start = i;
            }
        }
        return nav >= minNavWords;
    }

    /** Ends with . ! or ? (closing quotes and brackets aside): what {@code SENTENCE_END} matches, without a matcher. */
    private static boolean endsSentence(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
            if (Character.isLetterOrDigit(c) || c == '_') {
                return false;
            }
        }
        return false;
    }

    private static boolean isNavWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '&' || c == '/' || c == '.';
    }

    private static boolean isLogo(String s) {
        return (s.contains("ogo") || s.contains("OGO")) && Sentences.words(s) <= 6 && LOGO.matcher(s).find();
    }

    private static boolean isBreadcrumb(String raw) {
        if (!hasBreadcrumbMark(raw) || Sentences.words(raw) > 20 || SENTENCE_END.matcher(raw).find()) {
            return false;
        }
        boolean iconSeparated = false;
        String s = raw;
        for (String icon : NoiseRules.BREADCRUMB_ICONS) {
            if (s.contains(icon)) {
                iconSeparated = true;
                s = s.replace(icon, " › ");
            }
        }
        boolean strongSeparator = iconSeparated || s.contains("›") || s.contains("»") || s.contains("→");
        List<String> segments = new ArrayList<>();
        for (String seg : NoiseRules.BREADCRUMB_SEPARATOR.split(s)) {
            if (!seg.isBlank()) {
                segments.add(seg.strip());
            }
        }
        int needed = strongSeparator ? 2 : 3;
        if (segments.size() < needed) {
            return iconSeparated && segments.size() == 1;
        }
        for (String seg : segments) {
            if (Sentences.words(seg) > 6) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBreadcrumbMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '›' || c == '»' || c == '→' || c == '>' || c == '/' || c == '\\' || c == '|' || c == '_') {
                return true;
            }
        }
        return false;
    }

    /** A line that is nothing but run-together icon names ("alternate_emailworkcode", "smart_toy"). */
    private static boolean isIconSoup(String s) {
        String t = s.strip();
        if (t.indexOf(' ') >= 0) {
            for (String token : t.split(" ")) {
                if (!isIconSoup(token)) {
                    return false;
                }
            }
            return true;
        }
        if (t.indexOf('_') > 0 && SNAKE_TOKEN.matcher(t).matches()) {
            return true;
        }
        return t.chars().allMatch(c -> c >= 'a' && c <= 'z') && segmentsIntoIcons(t);
    }

    private static boolean segmentsIntoIcons(String t) {
        boolean[] ok = new boolean[t.length() + 1];
        ok[0] = true;
        for (int end = 1; end <= t.length(); end++) {
            for (int start = Math.max(0, end - 16); start < end && !ok[end]; start++) {
                ok[end] = ok[start] && NoiseRules.WORD_ICONS.contains(t.substring(start, end));
            }
        }
        return ok[t.length()];
    }

    /** True for headings of job, salary, navigation and marketing sections; the term itself never counts. */
    static boolean isNoiseHeading(String heading, TermPattern term) {
        if (NoiseRules.anyMatches(NoiseRules.NOISE_HEADINGS, heading, h -> withoutTerm(h, term))) {
            return true;
        }
        if (!isCallToAction(heading) && !isNavigation(heading, 1)) {
            return false;
        }
        String s = withoutTerm(heading, term).strip();
        return !s.isEmpty() && (isCallToAction(s) || isNavigation(s, 1));
    }

    /** The paragraph without its marketing sentences; "" when nothing is left. */
    static String cleanProse(String text, TermPattern term) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : Sentences.BLANK_LINE.split(text)) {
            String clean = stripIcons(paragraph);
            // Most paragraphs hold no hint word of any sentence rule: then only the rules anchored at a
            // sentence's start can match, and each sentence needs no lower-case copy of its own.
            boolean hinted = NoiseRules.anyHint(NoiseRules.NOISE_SENTENCES, clean.toLowerCase(Locale.ROOT));
            StringBuilder kept = new StringBuilder(clean.length());
            boolean dropped = false;
            for (String sentence : Sentences.split(clean)) {
                boolean noise = hinted ? isNoiseSentence(sentence, term)
                        : NoiseRules.anyUnhintedMatches(NoiseRules.NOISE_SENTENCES, sentence, s -> withoutTerm(s, term));
                if (noise) {
                    dropped = true;
                    continue;
                }
                if (kept.length() > 0) {
                    kept.append(' ');
                }
                kept.append(sentence);
            }
            String result = dropped ? kept.toString() : clean.strip();
            if (!result.isEmpty()) {
                paragraphs.add(result);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static boolean isNoiseSentence(String sentence, TermPattern term) {
        return NoiseRules.anyMatches(NoiseRules.NOISE_SENTENCES, sentence, s -> withoutTerm(s, term));
    }

    static boolean isOffTopicQuestion(String question, TermPattern term) {
        return NoiseRules.anyMatches(NoiseRules.OFF_TOPIC_QUESTIONS, question, s -> withoutTerm(s, term));
    }

    /** "What does X stand for?" answered "X stands for X.": says nothing. */
    static boolean isTautology(String answer) {
        List<String> sentences = Sentences.split(answer);
        if (sentences.isEmpty()) {
            return true;
        }
        Matcher m = TAUTOLOGY.matcher(sentences.get(0));
        return m.matches() && Keys.loose(m.group(1)).equals(Keys.loose(m.group(2)));
    }

    private static String withoutTerm(String text, TermPattern term) {
        return term == null ? text : term.replaceAll(text, " ");
    }
}
