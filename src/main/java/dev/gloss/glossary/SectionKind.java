package dev.gloss.glossary;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a part of a page holds, as told by its heading. The vocabulary is data: a heading is
 * compared with the page's term removed ("How Foundation Model Works" → "how works"), in the
 * loose form of {@link Keys#loose} (lower case, punctuation gone).
 */
enum SectionKind {
    /** Right after the term's heading, before any named section. */
    INTRO(null),
    DEFINITION("definition|meaning|overview|summary|in short|tl ?dr|(?:short|simple|quick|formal|basic|plain english)"
            + " definition|what it means|what this means|explanation|the basics|basics|introduction|intro|what is|what are"
            + "|what s|defined|definition and meaning|meaning and definition|definition and examples|in a nutshell"),
    DETAIL(null),
    EXAMPLES("(?:an? )?(?:practical |real world |concrete |simple |quick |common |worked |illustrative )?examples?"
            + "(?: of| in practice| use| usage| scenario)?|in practice|for example|in action|example usage|how it looks"),
    USE_CASES("(?:common |key |real world |typical |popular |practical |main |top )?(?:use cases?|uses|applications)"
            + "(?: of| and applications| and examples)?|where (?:is |are )?(?:it )?used|when to use(?: it)?|who uses(?: it)?"),
    FAQ("(?:frequently asked questions|faqs?|common questions|questions(?: (?:and )?answers)?|q a|q and a|people also ask"
            + "|common queries|your questions answered|questions about)(?: faqs?)?|.*\\bfaqs?\\b.*|.*frequently asked.*"),
    RELATED("related|related (?:terms?|concepts?|topics?|glossary terms?|definitions?|entries|ideas)|see also"
            + "|similar terms|other terms|explore related terms|learn related terms|terms related to|keep learning"),
    /** Jobs, salaries, navigation, calls to action: dropped. */
    NOISE(null),
    /** Before the term's heading on a single-term page: navigation, banners. */
    PREAMBLE(null),
    /** Under a glossary's group heading ("A", "Glossary in brief"), outside any term. */
    GROUP(null);

    private final Pattern vocabulary;

    SectionKind(String vocabulary) {
        this.vocabulary = vocabulary == null ? null : Pattern.compile("^(?:" + vocabulary + ")$");
    }

    /** The kind a heading names, or empty for an ordinary heading (a detail section or a term). */
    static Optional<SectionKind> ofHeading(String heading, TermPattern term) {
        if (CACHE.size() > MAX_CACHED) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(new Key(heading, term), k -> classify(k.heading(), k.term()));
    }

    /** Headings are classified several times each (layout, roles, sections); the answer never changes. */
    private record Key(String heading, TermPattern term) {
    }

    private static final java.util.Map<Key, Optional<SectionKind>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 50_000;

    private static Optional<SectionKind> classify(String heading, TermPattern term) {
        String without = term == null ? heading : term.replaceAll(heading, " ");
        String loose = Keys.loose(without).replaceAll("^(?:the|a|an|our|key|more) ", "");
        if (loose.isEmpty()) {
            return Optional.empty();
        }
        for (SectionKind kind : values()) {
            if (kind.vocabulary != null && kind.vocabulary.matcher(loose).matches()) {
                return Optional.of(kind);
            }
        }
        if (NoiseFilter.isNoiseHeading(heading, term)) {
            return Optional.of(NOISE);
        }
        return Optional.empty();
    }
}
