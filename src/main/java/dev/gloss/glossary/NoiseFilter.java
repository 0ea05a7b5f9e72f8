package dev.gloss.glossary;

import dev.gloss.deck.CardIds;

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
    /** A one-word icon name glued to the capitalised word after it: "workBrowse". */
    private static final Pattern GLUED_WORD_ICON = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + String.join("|", NoiseRules.WORD_ICONS) + ")(?=\\p{Lu}\\p{Ll})");
    private static final Pattern SNAKE_TOKEN = Pattern.compile("[a-z]+(?:_[a-z]+)+");
    private static final Pattern CAMEL_GLUE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&/.]+");
    private static final Pattern LOGO = Pattern.compile("\\blogo\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\W*$");
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
        if (s.isEmpty() || isIconSoup(s) || isLogo(s) || isNavigation(s, 2)) {
            return "";
        }
        for (Pattern p : NoiseRules.NOISE_LINES) {
            if (p.matcher(s).find()) {
                return "";
            }
        }
        if (isCallToAction(s)) {
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
        s = GLUED_WORD_ICON.matcher(s).replaceAll("");
        return s.strip().replaceAll(" {2,}", " ");
    }

    /** A short line made of calls to action only ("Ready to build? Start your free trial today"). */
    static boolean isCallToAction(String line) {
        if (Sentences.words(line) > 2 * NoiseRules.CALL_TO_ACTION_MAX_WORDS) {
            return false;
        }
        for (String sentence : line.split("(?<=[.!?])\\s+")) {
            if (Sentences.words(sentence) > NoiseRules.CALL_TO_ACTION_MAX_WORDS
                    || !NoiseRules.CALL_TO_ACTION.matcher(sentence).find()) {
                return false;
            }
        }
        return true;
    }

    /** A short line of menu words only ("Pricing", "About Us", "JobsCompaniesPricing"). */
    static boolean isNavigation(String line, int minNavWords) {
        if (SENTENCE_END.matcher(line).find() || line.length() > 120) {
            return false;
        }
        String[] words = NON_WORD.split(CAMEL_GLUE.matcher(line).replaceAll(" ").strip());
        int nav = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String lw = w.toLowerCase(Locale.ROOT);
            if (NoiseRules.NAV_WORDS.contains(lw)) {
                nav++;
            } else if (!NoiseRules.NAV_FILLER.contains(lw)) {
                return false;
            }
        }
        return nav >= minNavWords;
    }

    private static boolean isLogo(String s) {
        return Sentences.words(s) <= 6 && LOGO.matcher(s).find();
    }

    private static boolean isBreadcrumb(String raw) {
        if (SENTENCE_END.matcher(raw).find() || Sentences.words(raw) > 20) {
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
        if (SNAKE_TOKEN.matcher(t).matches()) {
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
        String s = withoutTerm(heading, term).strip();
        if (s.isEmpty()) {
            return false;
        }
        for (Pattern p : NoiseRules.NOISE_HEADINGS) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return isCallToAction(s) || isNavigation(s, 1);
    }

    /** The paragraph without its marketing sentences; "" when nothing is left. */
    static String cleanProse(String text, TermPattern term) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            StringBuilder kept = new StringBuilder();
            for (String sentence : Sentences.split(stripIcons(paragraph))) {
                if (!isNoiseSentence(sentence, term)) {
                    if (kept.length() > 0) {
                        kept.append(' ');
                    }
                    kept.append(sentence);
                }
            }
            if (kept.length() > 0) {
                paragraphs.add(kept.toString());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static boolean isNoiseSentence(String sentence, TermPattern term) {
        String s = withoutTerm(sentence, term);
        for (Pattern p : NoiseRules.NOISE_SENTENCES) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean isCareerQuestion(String question, TermPattern term) {
        String s = withoutTerm(question, term);
        for (Pattern p : NoiseRules.CAREER_QUESTIONS) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    /** "What does X stand for?" answered "X stands for X.": says nothing. */
    static boolean isTautology(String answer) {
        List<String> sentences = Sentences.split(answer);
        if (sentences.isEmpty()) {
            return true;
        }
        Matcher m = TAUTOLOGY.matcher(sentences.get(0));
        return m.matches() && CardIds.loose(m.group(1)).equals(CardIds.loose(m.group(2)));
    }

    private static String withoutTerm(String text, TermPattern term) {
        return term == null ? text : term.replaceAll(text, " ");
    }
}
