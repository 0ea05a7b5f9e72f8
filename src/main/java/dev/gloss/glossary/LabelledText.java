package dev.gloss.glossary;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the labelled lines glossaries use in Markdown and HTML: "**Term**: definition",
 * "**Term** — definition", "**Also known as:** a, b", "Q: …" and "A: …". Bold marks
 * ({@code **}/{@code __}) must still be present when a term definition is looked for; labels and
 * questions are looked for on plain text.
 */
final class LabelledText {
    private static final String SEPARATOR = "\\s*(?:[:：]|[—–―]|-{1,2}|=)\\s*";
    private static final Pattern BOLD_TERM = Pattern.compile(
            "^(\\*\\*|__)([^*\\n]{1,120}?)\\1(?:\\s*\\(([^)\\n]{1,80})\\))?" + SEPARATOR + "(\\S.*)$", Pattern.DOTALL);
    private static final Pattern BOLD_TERM_COLON_INSIDE = Pattern.compile(
            "^(\\*\\*|__)([^*\\n]{1,120}?)\\s*[:：]\\s*\\1\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern ITALIC_TERM = Pattern.compile(
            "^([*_])([^*_\\n]{1,120}?)\\1" + SEPARATOR + "(\\S.*)$", Pattern.DOTALL);
    private static final Pattern CODE_TERM = Pattern.compile("^`([^`\\n]{1,80})`" + SEPARATOR + "(\\S.*)$", Pattern.DOTALL);
    private static final Pattern QUESTION = Pattern.compile("^(?:Q|(?i:question))\\s*\\d{0,3}\\s*[:.)]\\s*(\\S.*)$");
    private static final Pattern ANSWER = Pattern.compile("^(?:A|(?i:answer))\\s*\\d{0,3}\\s*[:.)]\\s*(.*)$");
    private static final Pattern LABEL = Pattern.compile("^([\\p{L} .'’/-]{1,40}?)\\s*[:：]\\s*(\\S.*)$", Pattern.DOTALL);
    /** Labels that introduce a remark, not a term: the text stays, the label goes. */
    private static final java.util.Set<String> REMARK_LABELS = WordSets.of(
            "note", "tip", "warning", "important", "caution", "hint", "remember", "key point", "key takeaway",
            "summary", "tl dr", "tldr", "in short", "bottom line", "fun fact");
    private static final Map<String, Block.FieldKind> FIELD_LABELS = Map.ofEntries(
            Map.entry("also known as", Block.FieldKind.ALIASES), Map.entry("aka", Block.FieldKind.ALIASES),
            Map.entry("a k a", Block.FieldKind.ALIASES), Map.entry("also called", Block.FieldKind.ALIASES),
            Map.entry("synonym", Block.FieldKind.ALIASES), Map.entry("synonyms", Block.FieldKind.ALIASES),
            Map.entry("alias", Block.FieldKind.ALIASES), Map.entry("aliases", Block.FieldKind.ALIASES),
            Map.entry("abbreviation", Block.FieldKind.ALIASES), Map.entry("acronym", Block.FieldKind.ALIASES),
            Map.entry("other names", Block.FieldKind.ALIASES), Map.entry("short for", Block.FieldKind.ALIASES),
            Map.entry("related", Block.FieldKind.RELATED), Map.entry("related terms", Block.FieldKind.RELATED),
            Map.entry("related term", Block.FieldKind.RELATED), Map.entry("related concepts", Block.FieldKind.RELATED),
            Map.entry("related topics", Block.FieldKind.RELATED), Map.entry("see also", Block.FieldKind.RELATED),
            Map.entry("example", Block.FieldKind.EXAMPLE), Map.entry("examples", Block.FieldKind.EXAMPLE),
            Map.entry("for example", Block.FieldKind.EXAMPLE), Map.entry("e g", Block.FieldKind.EXAMPLE),
            Map.entry("usage", Block.FieldKind.EXAMPLE), Map.entry("in practice", Block.FieldKind.EXAMPLE),
            Map.entry("definition", Block.FieldKind.DEFINITION), Map.entry("meaning", Block.FieldKind.DEFINITION),
            Map.entry("use cases", Block.FieldKind.USE_CASES), Map.entry("use case", Block.FieldKind.USE_CASES),
            Map.entry("uses", Block.FieldKind.USE_CASES), Map.entry("applications", Block.FieldKind.USE_CASES));

    private LabelledText() {
    }

    /** "**Term**: definition" and its variants, from text that still has its bold marks. */
    static Optional<Block> termDefinition(String marked) {
        String s = marked.strip();
        if (s.isEmpty() || "*_`".indexOf(s.charAt(0)) < 0) {
            return Optional.empty();
        }
        Matcher m = BOLD_TERM_COLON_INSIDE.matcher(s);
        String term;
        String alias = null;
        String definition;
        if (m.matches()) {
            term = m.group(2);
            definition = m.group(3);
        } else if ((m = BOLD_TERM.matcher(s)).matches()) {
            term = m.group(2);
            alias = m.group(3);
            definition = m.group(4);
        } else if ((m = CODE_TERM.matcher(s)).matches()) {
            term = m.group(1);
            definition = m.group(2);
        } else if ((m = ITALIC_TERM.matcher(s)).matches()) {
            term = m.group(2);
            definition = m.group(3);
        } else {
            return Optional.empty();
        }
        term = InlineMarkdown.toPlain(term);
        definition = InlineMarkdown.toPlain(definition);
        String key = Keys.loose(term);
        if (term.isEmpty() || definition.isEmpty() || Sentences.words(term) > 10 || FIELD_LABELS.containsKey(key)
                || REMARK_LABELS.contains(key) || key.equals("q") || key.equals("a") || key.equals("question")
                || key.equals("answer")) {
            return Optional.empty();
        }
        if (term.endsWith("?")) {
            return Optional.of(new Block.QuestionAnswer(term, definition));
        }
        java.util.List<String> aliases = alias == null ? java.util.List.of()
                : java.util.List.of(InlineMarkdown.toPlain(alias));
        return Optional.of(new Block.TermDefinition(term, definition, aliases));
    }

    /** "Also known as: a, b" and the other labels of {@link Block.FieldKind}, from plain text. */
    static Optional<Block.Field> field(String plain) {
        Matcher m = LABEL.matcher(plain.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Block.FieldKind kind = FIELD_LABELS.get(Keys.loose(m.group(1)));
        return kind == null ? Optional.empty() : Optional.of(new Block.Field(kind, m.group(2).strip()));
    }

    /** The text without a remark label ("Note: …" → "…"), or unchanged. */
    static String withoutRemarkLabel(String plain) {
        Matcher m = LABEL.matcher(plain.strip());
        if (m.matches() && REMARK_LABELS.contains(Keys.loose(m.group(1)))) {
            return m.group(2).strip();
        }
        return plain;
    }

    /** The question of a "Q: …" line, or empty. */
    static Optional<String> question(String plain) {
        if (!startsWithLetter(plain, 'q')) {
            return Optional.empty();
        }
        Matcher m = QUESTION.matcher(plain.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The answer of an "A: …" line (possibly empty when the answer starts on the next line), or empty. */
    static Optional<String> answer(String plain) {
        if (!startsWithLetter(plain, 'a')) {
            return Optional.empty();
        }
        Matcher m = ANSWER.matcher(plain.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** A cheap test before the Q/A patterns: the first non-space character, in either case. */
    private static boolean startsWithLetter(String text, char lowerCase) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.toLowerCase(c) == lowerCase;
            }
        }
        return false;
    }

    /** Splits "a, b; c" into names. */
    static java.util.List<String> names(String list) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : list.split("\\s*[,;]\\s*")) {
            String p = part.strip().replaceAll("[.。]+$", "").strip();
            if (!p.isEmpty() && Sentences.words(p) <= 8) {
                out.add(p);
            }
        }
        return out;
    }
}
