package dev.gloss.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a term in running text: case-insensitive, on word boundaries, with spaces and hyphens
 * between its words interchangeable ("fine-tuning" finds "fine tuning") and a plural ending
 * allowed ("foundation models" for "Foundation Model"). Terms with symbols ("C++", "C#") are
 * matched as written.
 */
final class TermPattern {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern PLAIN_TERM = Pattern.compile("[\\p{L}\\p{N}\\s\\-'’./]+");
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    /** Patterns are asked for again and again for the same terms (per heading, per paragraph, per card). */
    private static final java.util.Map<List<String>, java.util.Optional<TermPattern>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 20_000;

    private final Pattern pattern;

    private TermPattern(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Null when the term has no letters or digits at all. */
    static TermPattern of(String term) {
        return ofAny(List.of(term));
    }

    /** One pattern for several names (a term and its aliases), longest first. */
    static TermPattern ofAny(List<String> names) {
        if (CACHE.size() > MAX_CACHED) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(List.copyOf(names), TermPattern::compile).orElse(null);
    }

    private static java.util.Optional<TermPattern> compile(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> alternatives = new ArrayList<>();
        for (String name : sorted) {
            String regex = regexFor(name == null ? "" : name.strip());
            if (regex != null) {
                alternatives.add(regex);
            }
        }
        if (alternatives.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new TermPattern(Pattern.compile(
                BEFORE + "(?:" + String.join("|", alternatives) + ")" + AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    private static String regexFor(String term) {
        if (term.isEmpty()) {
            return null;
        }
        if (!PLAIN_TERM.matcher(term).matches()) {
            return Pattern.quote(term);
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(term);
        while (m.find()) {
            words.add(Pattern.quote(m.group()));
        }
        if (words.isEmpty()) {
            return null;
        }
        return String.join("[\\s\\-‐–]*", words) + "(?:s|es|'s|’s)?";
    }

    boolean occursIn(String text) {
        return pattern.matcher(text).find();
    }

    /** The first occurrence as written in the text, or null. */
    String firstOccurrence(String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }

    String replaceAll(String text, String replacement) {
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }
}
