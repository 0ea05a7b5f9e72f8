package dev.gloss.glossary;

import dev.gloss.deck.Detail;
import dev.gloss.deck.Entry;
import dev.gloss.deck.Faq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry while a page is being read. Text comes in plain (the readers decode and untag it);
 * everything added goes through the noise filter with the term as an exemption (a glossary of pay
 * terms may say "salary"). Built only if it has a definition.
 */
final class EntryDraft {
    /** Whether the page is about the term, or mentions it in a related-terms list. */
    enum Origin { PRIMARY, RELATED }

    /** Heading for text about the term that has no heading of its own. */
    static final String UNTITLED_DETAIL = "Details";
    private static final int MAX_NAME_WORDS = 8;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.:;,]+$");
    private static final Pattern ALSO_KNOWN_AS = Pattern.compile(
            "\\b(?:also known as|also called|often called|sometimes called|commonly called|a\\.k\\.a\\.?|aka"
                    + "|abbreviated(?: as)?|short for)\\s+" + "(?:an?\\s+|the\\s+)?[\"“‘']?([\\p{L}\\p{N}][^,.;:\"”’()]{0,40})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFINITION_LABEL = Pattern.compile(
            "^(?:definition|meaning|short answer|in short|simply put|tl;?dr)\\s*[:—–-]\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\(([\\p{Lu}][\\p{L}\\p{N}.\\-]{1,15})\\)");

    private final String term;
    private final Origin origin;
    private final String source;
    private TermPattern termPattern;
    private final List<String> aliases = new ArrayList<>();
    private String definition = "";
    private final Map<String, StringBuilder> details = new LinkedHashMap<>();
    private final List<String> examples = new ArrayList<>();
    private final List<String> useCases = new ArrayList<>();
    private final List<String> related = new ArrayList<>();
    private final List<Faq> faqs = new ArrayList<>();
    private final Set<String> questionKeys = new HashSet<>();

    EntryDraft(String term, List<String> aliases, Origin origin, String source) {
        this.term = TextCleanup.flat(term);
        this.origin = origin;
        this.source = source;
        this.termPattern = TermPattern.of(this.term);
        aliases.forEach(this::addAlias);
    }

    String term() {
        return term;
    }

    Origin origin() {
        return origin;
    }

    TermPattern termPattern() {
        return termPattern;
    }

    boolean hasDefinition() {
        return !definition.isEmpty();
    }

    /** Sets the definition (if the text is more than noise); true when it was taken. */
    boolean define(String text) {
        String cleaned = NoiseFilter.cleanProse(DEFINITION_LABEL.matcher(text).replaceFirst(""), termPattern);
        if (Sentences.words(cleaned) < 2) {
            return false;
        }
        definition = cleaned;
        aliasesFromDefinition(cleaned);
        return true;
    }

    void addDetail(String heading, String text) {
        String cleaned = NoiseFilter.cleanProse(text, termPattern);
        if (cleaned.isBlank()) {
            return;
        }
        String h = heading == null || heading.isBlank() ? UNTITLED_DETAIL : TextCleanup.flat(heading);
        StringBuilder sb = details.computeIfAbsent(h, k -> new StringBuilder());
        if (sb.length() > 0) {
            sb.append("\n\n");
        }
        sb.append(cleaned);
    }

    void addExample(String text) {
        String cleaned = NoiseFilter.cleanProse(text, termPattern);
        addUnique(examples, cleaned);
    }

    void addUseCase(String text) {
        String cleaned = TextCleanup.flat(NoiseFilter.cleanLine(text));
        if (!cleaned.isEmpty() && !NoiseFilter.isNoiseSentence(cleaned, termPattern)) {
            addUnique(useCases, cleaned);
        }
    }

    void addRelated(String name) {
        String cleaned = TRAILING_PUNCTUATION.matcher(TextCleanup.flat(NoiseFilter.cleanLine(name))).replaceAll("");
        if (cleaned.isEmpty() || Sentences.words(cleaned) > MAX_NAME_WORDS || sameName(cleaned)) {
            return;
        }
        addUnique(related, cleaned);
    }

    void addAlias(String name) {
        String cleaned = TRAILING_PUNCTUATION.matcher(TextCleanup.flat(name)).replaceAll("");
        if (cleaned.isEmpty() || Sentences.words(cleaned) > MAX_NAME_WORDS || sameName(cleaned)) {
            return;
        }
        if (addUnique(aliases, cleaned)) {
            List<String> names = new ArrayList<>();
            names.add(term);
            names.addAll(aliases);
            termPattern = TermPattern.ofAny(names);
        }
    }

    /** Adds a question about this term unless it is noise or already asked; true when added. */
    boolean addFaq(String question, String answer) {
        if (questionKeys.contains(Keys.loose(question))) {
            return false;
        }
        Optional<Faq> faq = FaqFilter.accept(question, answer, termPattern);
        if (faq.isEmpty() || !questionKeys.add(Keys.loose(faq.get().question()))) {
            return false;
        }
        faqs.add(faq.get());
        return true;
    }

    List<Faq> faqs() {
        return List.copyOf(faqs);
    }

    /** The entry, or empty when no definition was found. */
    Optional<Entry> build() {
        StringBuilder intro = details.get(UNTITLED_DETAIL);
        if (definition.isEmpty() && intro != null) {
            // Only a tagline-like paragraph came first: the text under the term is still its definition.
            String[] paragraphs = intro.toString().split("\n\n", 2);
            definition = paragraphs[0];
            if (paragraphs.length > 1) {
                intro.setLength(0);
                intro.append(paragraphs[1]);
            } else {
                details.remove(UNTITLED_DETAIL);
            }
        }
        if (definition.isEmpty() || term.isEmpty()) {
            return Optional.empty();
        }
        List<Detail> detailList = new ArrayList<>();
        details.forEach((heading, text) -> detailList.add(new Detail(heading, text.toString())));
        return Optional.of(new Entry(term, aliases, definition, detailList, examples, useCases, faqs, related,
                List.of(source)));
    }

    private void aliasesFromDefinition(String text) {
        if (termPattern == null) {
            return;
        }
        String first = termPattern.firstOccurrence(text);
        if (first != null) {
            int end = text.indexOf(first) + first.length();
            Matcher acronym = ACRONYM.matcher(text.substring(end));
            if (acronym.find()) {
                addAlias(acronym.group(1));
            }
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.contains("also") || lower.contains("called") || lower.contains("aka") || lower.contains("a.k.a")
                || lower.contains("abbreviat") || lower.contains("short for"))) {
            return;
        }
        Matcher aka = ALSO_KNOWN_AS.matcher(text);
        if (aka.find() && Sentences.words(aka.group(1).strip()) <= 4) {
            addAlias(aka.group(1).strip());
        }
    }

    private boolean sameName(String name) {
        return Keys.loose(name).equals(Keys.loose(term));
    }

    private static boolean addUnique(List<String> list, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String key = Keys.loose(value);
        for (String existing : list) {
            if (Keys.loose(existing).equals(key)) {
                return false;
            }
        }
        list.add(value);
        return true;
    }
}
