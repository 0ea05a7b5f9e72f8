package dev.gloss.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each heading of a page does, given the page's {@link PageLayout}: names the term (or a
 * glossary's terms), repeats it, titles the page, groups terms, opens a section (and of which
 * kind), asks a question, or names a related term. Headings nested in a section (deeper levels,
 * or any following heading in inferred plain text) take their meaning from it: in an FAQ section
 * they are questions, in related terms they are names, in a noise section they are noise.
 */
final class HeadingRoles {
    enum Role { TITLE, TERM, REPEAT, PREAMBLE, GROUP, SECTION, QUESTION, RELATED_NAME }

    private final List<Block> blocks;
    private final PageLayout layout;
    private final Role[] roles;
    private final SectionKind[] sectionKinds;
    private final TermTitles.Title[] terms;

    private HeadingRoles(List<Block> blocks, PageLayout layout) {
        this.blocks = blocks;
        this.layout = layout;
        this.roles = new Role[blocks.size()];
        this.sectionKinds = new SectionKind[blocks.size()];
        this.terms = new TermTitles.Title[blocks.size()];
    }

    static HeadingRoles assign(List<Block> blocks, PageLayout layout) {
        HeadingRoles roles = new HeadingRoles(blocks, layout);
        roles.assign();
        return roles;
    }

    /** The role of the heading at {@code index} (null for blocks that are not headings). */
    Role role(int index) {
        return roles[index];
    }

    /** For a {@link Role#SECTION} heading, the kind of section it opens. */
    SectionKind sectionKind(int index) {
        return sectionKinds[index];
    }

    /** For a {@link Role#TERM} heading, the term (and aliases) it names. */
    TermTitles.Title term(int index) {
        return terms[index];
    }

    private void assign() {
        TermPattern pageTerm = layout.kind() == PageLayout.Kind.SINGLE_TERM
                ? TermPattern.ofAny(names(layout.term())) : null;
        SectionKind context = null;
        int contextLevel = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Heading h)) {
                continue;
            }
            if (i == layout.titleIndex()) {
                roles[i] = Role.TITLE;
                context = null;
                continue;
            }
            if (layout.kind() == PageLayout.Kind.SINGLE_TERM) {
                if (i < layout.termIndex()) {
                    roles[i] = Role.PREAMBLE;
                    continue;
                }
                if (i == layout.termIndex()) {
                    roles[i] = Role.TERM;
                    terms[i] = layout.term();
                    context = null;
                    continue;
                }
                if (PageLayout.isRepeat(h, layout.term())) {
                    roles[i] = Role.REPEAT;
                    continue;
                }
            } else {
                Optional<TermTitles.Title> glossaryTerm = glossaryTerm(i, h);
                if (glossaryTerm.isPresent()) {
                    roles[i] = Role.TERM;
                    terms[i] = glossaryTerm.get();
                    context = null;
                    pageTerm = TermPattern.ofAny(names(glossaryTerm.get()));
                    continue;
                }
                if (h.level() <= layout.termLevel() && !h.inferred()) {
                    pageTerm = null;
                    context = null;
                }
            }
            boolean inside = context != null && (h.inferred() || h.level() > contextLevel);
            Optional<SectionKind> kind = SectionKind.ofHeading(h.text(), pageTerm);
            if (inside && context == SectionKind.FAQ && (h.text().endsWith("?") || !h.inferred() && kind.isEmpty())) {
                roles[i] = Role.QUESTION;
                continue;
            }
            if (inside && context == SectionKind.RELATED && kind.isEmpty() && !h.text().endsWith("?")) {
                roles[i] = Role.RELATED_NAME;
                continue;
            }
            if (inside && context == SectionKind.NOISE && (!h.inferred() || kind.isEmpty()
                    && !(pageTerm != null && pageTerm.occursIn(h.text())))) {
                roles[i] = Role.SECTION;
                sectionKinds[i] = SectionKind.NOISE;
                continue;
            }
            if (kind.isPresent()) {
                roles[i] = Role.SECTION;
                sectionKinds[i] = kind.get();
                context = kind.get();
                contextLevel = h.level();
            } else if (h.text().endsWith("?") && !h.inferred()) {
                roles[i] = Role.QUESTION;
            } else if (layout.kind() == PageLayout.Kind.GLOSSARY && h.level() <= layout.termLevel() && !h.inferred()) {
                roles[i] = Role.GROUP;
                context = null;
            } else {
                roles[i] = Role.SECTION;
                sectionKinds[i] = SectionKind.DETAIL;
                context = SectionKind.DETAIL;
                contextLevel = h.level();
            }
        }
    }

    /** On a glossary, the term a heading names, if it names one. */
    private Optional<TermTitles.Title> glossaryTerm(int index, Block.Heading h) {
        Optional<TermTitles.Title> titled = TermTitles.match(h.text());
        if (layout.byTitleOnly()) {
            return titled.filter(t -> PageLayout.hasBodyAfter(blocks, index, t));
        }
        // Deeper headings are parts of a term; a shallower one with text under it is a term too
        // (glossaries mix levels), one without text is a group ("A", "Glossary in brief").
        if (h.level() > layout.termLevel()) {
            return Optional.empty();
        }
        if (titled.isPresent() && PageLayout.hasBodyAfter(blocks, index, titled.get())) {
            return titled;
        }
        if (PageLayout.isContentHeading(h) && PageLayout.hasBodyAfter(blocks, index, h.text())) {
            return Optional.of(TermTitles.split(h.text()));
        }
        return Optional.empty();
    }

    private static List<String> names(TermTitles.Title title) {
        List<String> names = new ArrayList<>();
        names.add(title.term());
        names.addAll(title.aliases());
        return names;
    }

}
