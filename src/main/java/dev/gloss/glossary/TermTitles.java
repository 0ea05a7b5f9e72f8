package dev.gloss.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page titles that name a term: "What is X?", "What are X?", "What does X mean?", "X definition",
 * "Definition of X", "X | AI Glossary", "Glossary: X". A parenthesised short form becomes an
 * alias: "Retrieval-Augmented Generation (RAG)" → term "Retrieval-Augmented Generation", alias "RAG".
 */
final class TermTitles {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ARTICLE = "(?:an?\\s+|the\\s+)?";
    private static final List<Pattern> TITLES = List.of(
            Pattern.compile("^(?:what\\s+(?:is|are)|what['’]s)\\s+" + ARTICLE + "(.{1,100}?)\\s*(?:\\?+.*)?$", FLAGS),
            Pattern.compile("^what\\s+does\\s+" + ARTICLE + "(.{1,100}?)\\s+mean\\s*(?:\\?+.*)?$", FLAGS),
            Pattern.compile("^(?:definition|meaning)\\s+of\\s+" + ARTICLE + "(.{1,100}?)\\s*$", FLAGS),
            Pattern.compile("^(?:glossary(?:\\s+term)?|term)\\s*[:|–—-]\\s*(.{1,100})$", FLAGS),
            Pattern.compile("^(.{1,100}?)\\s*[|–—:-]\\s*(?:[\\w\\s&]{0,40}\\s)?(?:glossary|dictionary)\\b.*$", FLAGS),
            Pattern.compile("^(.{1,100}?)(?:\\s*[–—:|,-]\\s*|\\s+)(?:definition|meaning|explained|defined)\\b.*$", FLAGS));
    private static final Pattern PARENTHESISED = Pattern.compile("^(.+?)\\s*\\(([^()]{1,60})\\)$");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d&.\\-]{1,7}s?");
    private static final Pattern QUOTES = Pattern.compile("^[\"'“‘«](.*)[\"'”’»]$");
    private static final Set<String> NOT_A_TERM_START = WordSets.of(
            "difference", "differences", "benefit", "benefits", "advantage", "advantages", "disadvantage",
            "disadvantages", "purpose", "role", "goal", "goals", "history", "best", "main", "type", "types", "kind",
            "kinds", "limitation", "limitations", "risk", "risks", "challenge", "challenges", "pros", "cons", "key",
            "common", "future", "cost", "costs", "price", "alternative", "alternatives", "example", "examples", "use",
            "uses", "component", "components", "step", "steps", "it", "this", "that", "they", "these", "those", "its",
            "their", "your", "my", "our", "next", "new", "wrong", "important", "so", "special", "unique",
            "different", "needed", "required", "involved", "happening", "going", "better", "worse", "formal",
            "simple", "short", "quick", "basic", "technical", "full", "official", "general", "detailed", "precise",
            "why", "how", "when", "where", "who", "which", "what", "there", "here", "included", "inside", "definition",
            "meaning", "glossary");
    private static final Pattern NOT_A_TERM = Pattern.compile(
            "\\b(?:vs|versus|between|compared|difference|used for|good for|made of|the best|better than)\\b"
                    + "|\\b(?:glossary|dictionary)\\b", FLAGS);
    private static final int MAX_TERM_WORDS = 8;
    /** "What is a Transformer in AI?": the field named after the term is not part of it. */
    private static final Pattern FIELD_SUFFIX = Pattern.compile(
            "\\s+(?:in|for|within)\\s+(?:ai|a\\.i\\.|ml|artificial intelligence|machine learning|deep learning|data science"
                    + "|nlp|computing|cloud computing|the cloud|programming|software|software engineering|software development"
                    + "|networking|cybersecurity|security|finance|marketing|statistics|python|java|javascript|sql|git|devops"
                    + "|llms?|genai|generative ai|databases?|web development|tech|technology|business|beginners)$"
                    + "|\\s*\\((?:with )?examples?\\)$|\\s+explained$|\\s+exactly$", FLAGS);

    /** A term named by a title, with the aliases the title gives. */
    record Title(String term, List<String> aliases) {
    }

    private TermTitles() {
    }

    static Optional<Title> match(String heading) {
        if (CACHE.size() > MAX_CACHED) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(heading, TermTitles::matchUncached);
    }

    /** Each heading is asked about several times while a page's layout is worked out. */
    private static final java.util.Map<String, Optional<Title>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 50_000;

    private static Optional<Title> matchUncached(String heading) {
        String h = heading.strip();
        for (Pattern p : TITLES) {
            Matcher m = p.matcher(h);
            if (m.matches()) {
                Optional<Title> title = valid(m.group(1));
                if (title.isPresent()) {
                    return title;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Splits "Term (Alias)" into a term and an alias; any other name is returned as it is. An
     * acronym is the alias of its expansion either way round: "RAG (Retrieval-Augmented
     * Generation)" and "Retrieval-Augmented Generation (RAG)" both give the expansion as the term.
     */
    static Title split(String name) {
        String n = unquote(name.strip());
        Matcher m = PARENTHESISED.matcher(n);
        if (m.matches() && Sentences.words(m.group(2)) <= 5 && !m.group(1).isBlank()) {
            String outside = m.group(1).strip();
            String inside = m.group(2).strip();
            if (ACRONYM.matcher(outside).matches() && Sentences.words(inside) >= 2) {
                return new Title(inside, List.of(outside));
            }
            return new Title(outside, List.of(inside));
        }
        return new Title(n, List.of());
    }

    private static Optional<Title> valid(String candidate) {
        String c = unquote(candidate.strip().replaceAll("[?:.!,]+$", "").strip());
        c = FIELD_SUFFIX.matcher(c).replaceFirst("").strip();
        if (c.isEmpty() || Sentences.words(c) > MAX_TERM_WORDS || c.contains("?") || NOT_A_TERM.matcher(c).find()) {
            return Optional.empty();
        }
        String first = Keys.loose(c).split(" ")[0];
        if (first.isEmpty() || NOT_A_TERM_START.contains(first)) {
            return Optional.empty();
        }
        Title t = split(c);
        List<String> aliases = new ArrayList<>(t.aliases());
        return Optional.of(new Title(t.term(), aliases));
    }

    private static String unquote(String s) {
        Matcher m = QUOTES.matcher(s);
        return m.matches() ? m.group(1).strip() : s;
    }
}
