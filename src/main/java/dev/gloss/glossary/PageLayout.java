package dev.gloss.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what a page is before it is read: one term's page ("What is X?" and sections about X)
 * or a glossary of many terms (one heading per term at some level, possibly under a title).
 *
 * @param termIndex   for a single-term page, the block index of the term's heading
 * @param termLevel   for a glossary, the heading level of its terms
 * @param titleIndex  the block index of the page's title heading, or -1
 * @param byTitleOnly for a plain-text glossary of "What is X?" headings: only those headings are terms
 */
record PageLayout(Kind kind, int termIndex, TermTitles.Title term, int termLevel, int titleIndex,
                  boolean byTitleOnly) {

    enum Kind { SINGLE_TERM, GLOSSARY }

    private static final Pattern GLOSSARY_WORDS = Pattern.compile(
            "\\b(?:glossary|glossaries|dictionary|vocabulary|terminology|terms|definitions|jargon|cheat ?sheet|lexicon"
                    + "|a ?[-–—]? ?z|acronyms|key concepts|concepts)\\b", Pattern.CASE_INSENSITIVE);
    /** Headings whose words mostly are the term's, or name a section, mean the page is about one term. */
    private static final double SECTION_LIKE_SHARE = 0.5;
    private static final int MAX_TERM_HEADING_WORDS = 10;
    private static final int MENTION_WINDOW_WORDS = 12;
    private static final int NONE = -1;

    static PageLayout of(List<Block> blocks) {
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading) {
                headings.add(i);
            }
        }
        boolean plain = !headings.isEmpty() && heading(blocks, headings.get(0)).inferred();

        PageLayout byTitle = fromTitles(blocks, headings, plain);
        if (byTitle != null) {
            return byTitle;
        }
        List<Integer> content = new ArrayList<>();
        for (int i : headings) {
            if (isContentHeading(heading(blocks, i))) {
                content.add(i);
            }
        }
        if (content.isEmpty()) {
            return glossary(Integer.MAX_VALUE, headings.isEmpty() ? NONE : headings.get(0));
        }
        int top = content.get(0);
        Block.Heading topHeading = heading(blocks, top);
        if (GLOSSARY_WORDS.matcher(topHeading.text()).find()) {
            return glossary(termLevel(blocks, content, top, plain), top);
        }
        return plain ? plainLayout(blocks, headings, content, top) : structuredLayout(blocks, headings, content, top);
    }

    /** Headings such as "What is X?" before any FAQ or related-terms section. */
    private static PageLayout fromTitles(List<Block> blocks, List<Integer> headings, boolean plain) {
        List<Integer> hits = new ArrayList<>();
        List<TermTitles.Title> titles = new ArrayList<>();
        for (int i : headings) {
            Block.Heading h = heading(blocks, i);
            Optional<SectionKind> kind = SectionKind.ofHeading(h.text(), null);
            if (kind.isPresent() && (kind.get() == SectionKind.FAQ || kind.get() == SectionKind.RELATED)) {
                break;
            }
            if (!plain && isNestedUnderTerm(blocks, headings, i)) {
                continue;
            }
            Optional<TermTitles.Title> title = TermTitles.match(h.text());
            if (title.isPresent() && hasBodyAfter(blocks, i, title.get())) {
                hits.add(i);
                titles.add(title.get());
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        int first = hits.get(0);
        if (hits.size() == 1) {
            return single(first, titles.get(0));
        }
        if (plain) {
            // "What is X?" then "What is the learning rate?" is one term's page with a question-shaped section;
            // a glossary of such titles has several, none of them about the first.
            return hits.size() >= 3 && !laterHitsMention(blocks, hits, titles.get(0))
                    ? new PageLayout(Kind.GLOSSARY, NONE, null, heading(blocks, first).level(), NONE, true)
                    : single(first, titles.get(0));
        }
        int firstLevel = heading(blocks, first).level();
        boolean firstIsShallowest = hits.stream().skip(1).allMatch(i -> heading(blocks, i).level() > firstLevel);
        if (firstIsShallowest) {
            return single(first, titles.get(0));
        }
        int title = NONE;
        for (int i : headings) {
            if (i < first && heading(blocks, i).level() < firstLevel) {
                title = i;
                break;
            }
        }
        return glossary(mostCommonLevel(blocks, hits), title);
    }

    /**
     * "### What is SGD?" under "## Gradient Descent" is a question about that term, not a title:
     * the nearest shallower heading is a term-like heading other than the page's first.
     */
    private static boolean isNestedUnderTerm(List<Block> blocks, List<Integer> headings, int index) {
        int level = heading(blocks, index).level();
        for (int k = headings.indexOf(index) - 1; k >= 0; k--) {
            Block.Heading parent = heading(blocks, headings.get(k));
            if (parent.level() < level) {
                return k > 0 && isContentHeading(parent);
            }
        }
        return false;
    }

    private static boolean laterHitsMention(List<Block> blocks, List<Integer> hits, TermTitles.Title first) {
        TermPattern term = TermPattern.of(first.term());
        if (term == null) {
            return false;
        }
        for (int k = 1; k < hits.size(); k++) {
            int i = hits.get(k);
            if (term.occursIn(heading(blocks, i).text())) {
                return true;
            }
            for (int j = i + 1; j < blocks.size() && !(blocks.get(j) instanceof Block.Heading); j++) {
                if (blocks.get(j) instanceof Block.Paragraph p && term.occursIn(p.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PageLayout structuredLayout(List<Block> blocks, List<Integer> headings, List<Integer> content,
                                               int top) {
        int topLevel = heading(blocks, top).level();
        boolean unique = content.stream().filter(i -> heading(blocks, i).level() <= topLevel).count() == 1;
        if (!unique) {
            return glossary(topLevel, NONE);
        }
        List<Integer> below = content.stream().filter(i -> i > top).toList();
        if (below.isEmpty()) {
            return hasBodyAfter(blocks, top, heading(blocks, top).text())
                    ? single(top, TermTitles.split(heading(blocks, top).text()))
                    : glossary(Integer.MAX_VALUE, top);
        }
        if (mentionsHeading(blocks, top) || sectionLikeShare(blocks, headings, top) >= SECTION_LIKE_SHARE) {
            return single(top, TermTitles.split(heading(blocks, top).text()));
        }
        return glossary(termLevel(blocks, content, top, false), top);
    }

    private static PageLayout plainLayout(List<Block> blocks, List<Integer> headings, List<Integer> content, int top) {
        List<Integer> defined = new ArrayList<>();
        List<Integer> withBody = new ArrayList<>();
        for (int i : headings) {
            Block.Heading h = heading(blocks, i);
            Optional<SectionKind> kind = SectionKind.ofHeading(h.text(), null);
            if (kind.isPresent() && kind.get() != SectionKind.DEFINITION) {
                if (kind.get() == SectionKind.RELATED || kind.get() == SectionKind.FAQ) {
                    break;
                }
                continue;
            }
            if (!isContentHeading(h) || !hasBodyAfter(blocks, i, h.text())) {
                continue;
            }
            withBody.add(i);
            if (mentionsHeading(blocks, i)) {
                defined.add(i);
            }
        }
        if (distinctTerms(blocks, defined) >= 2) {
            return glossary(2, NONE);
        }
        // A site name or tagline line may come first: the page's subject is the first heading with text under it.
        if (!withBody.isEmpty()) {
            top = withBody.get(0);
        }
        if (hasBodyAfter(blocks, top, heading(blocks, top).text())
                && (mentionsHeading(blocks, top) || sectionLikeShare(blocks, headings, top) >= SECTION_LIKE_SHARE)) {
            return single(top, TermTitles.split(heading(blocks, top).text()));
        }
        if (withBody.size() >= 2) {
            return glossary(2, NONE);
        }
        if (withBody.size() == 1) {
            int only = withBody.get(0);
            return single(only, TermTitles.split(heading(blocks, only).text()));
        }
        return glossary(Integer.MAX_VALUE, NONE);
    }

    /** Defined headings that are not parts of one another ("Kubernetes", "How Kubernetes works"). */
    private static int distinctTerms(List<Block> blocks, List<Integer> defined) {
        List<String> names = new ArrayList<>();
        outer:
        for (int i : defined) {
            String name = Keys.loose(heading(blocks, i).text());
            for (String n : names) {
                if (name.contains(n) || n.contains(name)) {
                    continue outer;
                }
            }
            names.add(name);
        }
        return names.size();
    }

    /** Share of the headings after the top one that are sections about it (named sections, the term, questions). */
    private static double sectionLikeShare(List<Block> blocks, List<Integer> headings, int top) {
        TermPattern term = TermPattern.of(heading(blocks, top).text());
        int total = 0;
        int sectionLike = 0;
        for (int i : headings) {
            if (i <= top) {
                continue;
            }
            Block.Heading h = heading(blocks, i);
            Optional<SectionKind> kind = SectionKind.ofHeading(h.text(), term);
            if (kind.isPresent() && kind.get() == SectionKind.NOISE) {
                continue;
            }
            total++;
            if (kind.isPresent() || h.text().endsWith("?") || (term != null && term.occursIn(h.text()))) {
                sectionLike++;
            }
        }
        return total == 0 ? 0 : (double) sectionLike / total;
    }

    /** The level at which a glossary's terms sit: the most common level of headings followed by text. */
    private static int termLevel(List<Block> blocks, List<Integer> content, int title, boolean plain) {
        if (plain) {
            return 2;
        }
        int titleLevel = heading(blocks, title).level();
        List<Integer> candidates = new ArrayList<>();
        for (int i : content) {
            Block.Heading h = heading(blocks, i);
            if (i != title && h.level() > titleLevel && hasBodyAfter(blocks, i, h.text())) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? Integer.MAX_VALUE : mostCommonLevel(blocks, candidates);
    }

    private static int mostCommonLevel(List<Block> blocks, List<Integer> indexes) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i : indexes) {
            counts.merge(heading(blocks, i).level(), 1, Integer::sum);
        }
        int best = Integer.MAX_VALUE;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** A heading that could name a term: not a question, a named section, noise or an index letter. */
    static boolean isContentHeading(Block.Heading h) {
        String text = h.text();
        return !text.endsWith("?") && Keys.loose(text).length() > 1
                && Sentences.words(text) <= MAX_TERM_HEADING_WORDS && SectionKind.ofHeading(text, null).isEmpty();
    }

    /**
     * True when a paragraph (or a field) follows the heading, possibly after headings that repeat
     * the term or name the definition ("Definition").
     */
    static boolean hasBodyAfter(List<Block> blocks, int index, String term) {
        return hasBodyAfter(blocks, index, TermTitles.split(term));
    }

    static boolean hasBodyAfter(List<Block> blocks, int index, TermTitles.Title term) {
        for (int j = index + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Block.Heading h) {
                Optional<SectionKind> kind = SectionKind.ofHeading(h.text(), TermPattern.of(term.term()));
                if (isRepeat(h, term) || (kind.isPresent() && kind.get() == SectionKind.DEFINITION)) {
                    continue;
                }
                return false;
            }
            return b instanceof Block.Paragraph || b instanceof Block.Field;
        }
        return false;
    }

    /** A heading that names the term again ("Foundation Model" under "What is Foundation Model?"). */
    static boolean isRepeat(Block.Heading h, TermTitles.Title term) {
        java.util.Set<String> names = new java.util.HashSet<>();
        names.add(Keys.loose(term.term()));
        term.aliases().forEach(a -> names.add(Keys.loose(a)));
        TermTitles.Title split = TermTitles.split(h.text());
        if (names.contains(Keys.loose(h.text())) || names.contains(Keys.loose(split.term()))
                || split.aliases().stream().anyMatch(a -> names.contains(Keys.loose(a)))) {
            return true;
        }
        return TermTitles.match(h.text()).map(t -> names.contains(Keys.loose(t.term()))).orElse(false);
    }

    /** The paragraph after the heading names it within its first words ("A branch is …"). */
    private static boolean mentionsHeading(List<Block> blocks, int index) {
        String text = heading(blocks, index).text();
        TermPattern term = TermPattern.of(TermTitles.split(text).term());
        if (term == null) {
            return false;
        }
        for (int j = index + 1; j < blocks.size(); j++) {
            if (blocks.get(j) instanceof Block.Paragraph p) {
                String[] words = p.text().split(" ");
                String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, MENTION_WINDOW_WORDS)));
                return term.occursIn(start);
            }
            if (!(blocks.get(j) instanceof Block.Heading) && !(blocks.get(j) instanceof Block.Field)) {
                return false;
            }
        }
        return false;
    }

    private static Block.Heading heading(List<Block> blocks, int index) {
        return (Block.Heading) blocks.get(index);
    }

    private static PageLayout single(int index, TermTitles.Title term) {
        return new PageLayout(Kind.SINGLE_TERM, index, term, NONE, NONE, false);
    }

    private static PageLayout glossary(int termLevel, int titleIndex) {
        return new PageLayout(Kind.GLOSSARY, NONE, null, termLevel, titleIndex, false);
    }
}
