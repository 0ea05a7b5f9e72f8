package dev.gloss.glossary;

import dev.gloss.deck.Faq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's blocks into entries, following its {@link PageLayout}: which heading is the
 * term, which headings start sections (definition, details, examples, use cases, FAQ, related
 * terms, noise), and what each block means in the section it sits in. Format-blind.
 */
final class PageInterpreter {
    private static final Pattern INLINE_TERM_DEFINITION = Pattern.compile(
            "^([^.:;!?—–]{1,80}?)\\s*(?::|\\s[—–-]{1,2}\\s)\\s*(\\S.*)$");
    private static final int MAX_INLINE_TERM_WORDS = 6;
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!)\\]\"'”’]$");
    private static final int LONG_UNPUNCTUATED_WORDS = 15;
    private static final int SHORT_DEFINITION_WORDS = 8;
    /** A paragraph under the term that opens like this is an example, not a detail. */
    private static final Pattern EXAMPLE_OPENING = Pattern.compile(
            "(?:for example|for instance|e\\.g\\.|example:|examples include|a common example|a typical example"
                    + "|imagine|consider)\\b", Pattern.CASE_INSENSITIVE);

    /** What the page yielded; entries may still lack a definition (they are dropped when built). */
    record Result(String title, String description, List<EntryDraft> entries, List<Faq> faqs, EntryDraft main) {
    }

    private final List<Block> blocks;
    private final String source;
    private final PageLayout layout;
    private final HeadingRoles roles;

    private final List<EntryDraft> drafts = new ArrayList<>();
    private final List<Faq> pageFaqs = new ArrayList<>();
    private final Set<String> pageQuestionKeys = new HashSet<>();
    private String title = "";
    private String description = "";
    private EntryDraft current;
    /** On a single-term page, the entry the page is about. */
    private EntryDraft main;
    private SectionKind section;
    private String sectionHeading = "";
    private boolean pageLevelFaq;
    private String pendingQuestion;
    private final StringBuilder pendingAnswer = new StringBuilder();
    private String pendingRelated;

    private PageInterpreter(List<Block> blocks, String source) {
        this.blocks = blocks;
        this.source = source;
        this.layout = PageLayout.of(blocks);
        this.roles = HeadingRoles.assign(blocks, layout);
    }

    static Result interpret(List<Block> blocks, String source) {
        PageInterpreter interpreter = new PageInterpreter(blocks, source);
        interpreter.read();
        return new Result(interpreter.title, interpreter.description, interpreter.drafts, interpreter.pageFaqs,
                interpreter.main);
    }

    // ---- Reading blocks -----------------------------------------------------------------------

    private void read() {
        section = layout.kind() == PageLayout.Kind.SINGLE_TERM ? SectionKind.PREAMBLE : SectionKind.GROUP;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Heading h) {
                finishQuestion();
                finishRelatedName();
                heading(i, h);
            } else if (block instanceof Block.Paragraph p) {
                paragraph(p.text());
            } else if (block instanceof Block.Item item) {
                item(item.text());
            } else if (block instanceof Block.TermDefinition td) {
                finishQuestion();
                finishRelatedName();
                termDefinition(td);
            } else if (block instanceof Block.QuestionAnswer qa) {
                finishQuestion();
                finishRelatedName();
                questionAnswer(qa.question(), qa.answer());
            } else if (block instanceof Block.Field field) {
                finishQuestion();
                field(field);
            }
        }
        finishQuestion();
        finishRelatedName();
    }

    private void heading(int index, Block.Heading h) {
        switch (roles.role(index)) {
            case TITLE -> {
                title = h.text();
                current = null;
                section = SectionKind.GROUP;
            }
            case TERM -> {
                TermTitles.Title t = roles.term(index);
                current = newDraft(t.term(), t.aliases(), EntryDraft.Origin.PRIMARY);
                if (layout.kind() == PageLayout.Kind.SINGLE_TERM) {
                    main = current;
                }
                section = SectionKind.INTRO;
                sectionHeading = "";
                pageLevelFaq = false;
            }
            case REPEAT -> {
            }
            case PREAMBLE -> section = SectionKind.PREAMBLE;
            case GROUP -> {
                current = null;
                section = SectionKind.GROUP;
            }
            case QUESTION -> pendingQuestion = h.text();
            case RELATED_NAME -> pendingRelated = h.text();
            case SECTION -> {
                section = roles.sectionKind(index);
                sectionHeading = h.text();
                boolean glossaryLevel = layout.kind() == PageLayout.Kind.GLOSSARY && !h.inferred()
                        && h.level() <= layout.termLevel();
                pageLevelFaq = section == SectionKind.FAQ && (current == null || glossaryLevel
                        || layout.kind() == PageLayout.Kind.GLOSSARY && h.inferred());
                if (glossaryLevel && section != SectionKind.RELATED && section != SectionKind.EXAMPLES
                        && section != SectionKind.USE_CASES && section != SectionKind.DEFINITION) {
                    current = null;
                }
            }
        }
    }

    private void paragraph(String text) {
        if (pendingQuestion != null) {
            appendAnswer(text);
            return;
        }
        if (pendingRelated != null && section == SectionKind.RELATED) {
            relatedEntry(pendingRelated, text, List.of());
            pendingRelated = null;
            return;
        }
        switch (section) {
            case GROUP -> {
                if (!title.isEmpty() && description.isEmpty() && drafts.isEmpty()) {
                    description = TextCleanup.oneLine(NoiseFilter.cleanProse(text, null));
                }
            }
            case INTRO, DEFINITION, DETAIL -> {
                if (current == null) {
                    return;
                }
                TermPattern taglineCheck = layout.kind() == PageLayout.Kind.SINGLE_TERM ? current.termPattern() : null;
                if (!current.hasDefinition() && readsLikeDefinition(text, taglineCheck) && current.define(text)) {
                    return;
                }
                if (section != SectionKind.DETAIL && EXAMPLE_OPENING.matcher(text).lookingAt()) {
                    current.addExample(text);
                    return;
                }
                current.addDetail(section == SectionKind.INTRO ? EntryDraft.UNTITLED_DETAIL : sectionHeading, text);
            }
            case EXAMPLES -> {
                if (current != null) {
                    current.addExample(text);
                }
            }
            case USE_CASES -> {
                if (current != null) {
                    current.addDetail(sectionHeading, text);
                }
            }
            case RELATED -> inlineTermDefinition(text).ifPresent(td -> relatedEntry(td.term(), td.definition(), List.of()));
            default -> {
            }
        }
    }

    private void item(String text) {
        if (pendingQuestion != null) {
            appendAnswer(asSentence(text));
            return;
        }
        finishRelatedName();
        switch (section) {
            case USE_CASES -> {
                if (current != null) {
                    current.addUseCase(text);
                }
            }
            case EXAMPLES -> {
                if (current != null) {
                    current.addExample(text);
                }
            }
            case RELATED -> {
                Optional<InlineTerm> td = inlineTermDefinition(text);
                if (td.isPresent()) {
                    relatedEntry(td.get().term(), td.get().definition(), List.of());
                } else if (current != null) {
                    current.addRelated(text);
                }
            }
            case INTRO, DEFINITION, DETAIL -> {
                if (current != null) {
                    current.addDetail(section == SectionKind.INTRO ? EntryDraft.UNTITLED_DETAIL : sectionHeading,
                            asSentence(text));
                }
            }
            case GROUP -> inlineTermDefinition(text).ifPresent(td ->
                    newDraft(td.term(), List.of(), EntryDraft.Origin.PRIMARY).define(td.definition()));
            default -> {
            }
        }
    }

    private void termDefinition(Block.TermDefinition td) {
        if (section == SectionKind.NOISE || section == SectionKind.PREAMBLE) {
            return;
        }
        if (section == SectionKind.RELATED && current != null) {
            relatedEntry(td.term(), td.definition(), td.aliases());
            return;
        }
        TermTitles.Title name = TermTitles.split(td.term());
        List<String> aliases = new ArrayList<>(name.aliases());
        aliases.addAll(td.aliases());
        EntryDraft draft = newDraft(name.term(), aliases, EntryDraft.Origin.PRIMARY);
        draft.define(td.definition());
        if (current != null && layout.kind() == PageLayout.Kind.SINGLE_TERM) {
            current.addRelated(name.term());
        }
    }

    private void questionAnswer(String question, String answer) {
        if (section == SectionKind.NOISE || section == SectionKind.PREAMBLE) {
            return;
        }
        addFaq(question, answer);
    }

    private void field(Block.Field field) {
        if (current == null) {
            return;
        }
        switch (field.kind()) {
            case ALIASES -> LabelledText.names(field.value()).forEach(current::addAlias);
            case RELATED -> LabelledText.names(field.value()).forEach(current::addRelated);
            case EXAMPLE -> current.addExample(field.value());
            case USE_CASES -> LabelledText.names(field.value()).forEach(current::addUseCase);
            case DEFINITION -> {
                if (current.hasDefinition() || !current.define(field.value())) {
                    current.addDetail(EntryDraft.UNTITLED_DETAIL, field.value());
                }
            }
        }
    }

    // ---- Helpers -------------------------------------------------------------------------------

    private EntryDraft newDraft(String term, List<String> aliases, EntryDraft.Origin origin) {
        EntryDraft draft = new EntryDraft(term, aliases, origin, source);
        drafts.add(draft);
        return draft;
    }

    private void relatedEntry(String name, String definition, List<String> aliases) {
        TermTitles.Title t = TermTitles.split(name);
        List<String> all = new ArrayList<>(t.aliases());
        all.addAll(aliases);
        EntryDraft draft = newDraft(t.term(), all, EntryDraft.Origin.RELATED);
        draft.define(definition);
        if (current != null) {
            current.addRelated(t.term());
        }
    }

    private void appendAnswer(String text) {
        if (pendingAnswer.length() > 0) {
            pendingAnswer.append("\n\n");
        }
        pendingAnswer.append(text);
    }

    private void finishQuestion() {
        if (pendingQuestion != null) {
            if (pendingAnswer.length() > 0 && section != SectionKind.NOISE) {
                addFaq(pendingQuestion, pendingAnswer.toString());
            }
            pendingQuestion = null;
            pendingAnswer.setLength(0);
        }
    }

    private void finishRelatedName() {
        if (pendingRelated != null) {
            if (current != null) {
                current.addRelated(pendingRelated);
            }
            pendingRelated = null;
        }
    }

    private void addFaq(String question, String answer) {
        if (current != null && !pageLevelFaq) {
            current.addFaq(question, answer);
            return;
        }
        FaqFilter.accept(question, answer, null).ifPresent(faq -> {
            if (pageQuestionKeys.add(Keys.loose(faq.question()))) {
                pageFaqs.add(faq);
            }
        });
    }

    /**
     * Prose, not a date line, a caption or a tagline: a definition ends like a sentence (or is
     * long), and a very short one must name its term ("The backbone of modern AI." does not).
     */
    private static boolean readsLikeDefinition(String text, TermPattern term) {
        if (text.endsWith("?")) {
            return false;
        }
        int words = Sentences.words(text);
        if (words < SHORT_DEFINITION_WORDS && term != null && !term.occursIn(text)) {
            return false;
        }
        return ENDS_SENTENCE.matcher(text).find() || words >= LONG_UNPUNCTUATED_WORDS;
    }

    private record InlineTerm(String term, String definition) {
    }

    /** "Term: definition" or "Term — definition" with a short term, as in related-terms lists. */
    private static Optional<InlineTerm> inlineTermDefinition(String text) {
        Matcher m = INLINE_TERM_DEFINITION.matcher(text);
        if (m.matches() && Sentences.words(m.group(1)) <= MAX_INLINE_TERM_WORDS && Sentences.words(m.group(2)) >= 3) {
            return Optional.of(new InlineTerm(m.group(1).strip(), m.group(2).strip()));
        }
        return Optional.empty();
    }

    /** A list item as a sentence of an answer or a detail: with a full stop if it had none. */
    private static String asSentence(String text) {
        char last = text.isEmpty() ? '.' : text.charAt(text.length() - 1);
        return ".!?:;".indexOf(last) >= 0 ? text : text + ".";
    }
}
