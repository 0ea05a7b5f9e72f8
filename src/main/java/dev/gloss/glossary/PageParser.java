package dev.gloss.glossary;

import dev.gloss.deck.Faq;
import dev.gloss.deck.PlainText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One page's text to its entries: picks the format, runs the reader and the interpreter, and
 * folds in the page's JSON-LD (which only fills gaps: the visible page wins, and a question stated
 * twice is kept once).
 */
final class PageParser {
    private PageParser() {
    }

    static PageContent parse(String text, String sourceName) {
        String t = PlainText.safe(text.startsWith("\uFEFF") ? text.substring(1) : text);
        PageFormat format = PageFormat.detect(t, sourceName);
        List<Block> blocks;
        JsonLdReader.Result structured = null;
        boolean malformed = false;
        switch (format) {
            case HTML -> {
                HtmlPageReader.HtmlPage page = HtmlPageReader.read(t);
                blocks = page.blocks();
                structured = page.structured();
                malformed = page.malformed();
            }
            case MARKDOWN -> blocks = MarkdownPageReader.read(t);
            default -> blocks = PlainTextPageReader.read(t);
        }
        PageInterpreter.Result result = PageInterpreter.interpret(blocks, sourceName);
        List<EntryDraft> drafts = new ArrayList<>(result.entries());
        List<Faq> faqs = new ArrayList<>(result.faqs());
        String title = result.title();
        String description = result.description();
        if (structured != null) {
            addStructured(structured, result.main(), drafts, faqs, sourceName);
            if (title.isEmpty() && result.main() == null) {
                title = structured.name();
            }
            if (description.isEmpty() && result.main() == null) {
                description = structured.description();
            }
        }
        return build(title, description, drafts, faqs, malformed);
    }

    private static void addStructured(JsonLdReader.Result structured, EntryDraft main, List<EntryDraft> drafts,
                                      List<Faq> faqs, String source) {
        Set<String> pageQuestions = new HashSet<>();
        faqs.forEach(f -> pageQuestions.add(Keys.loose(f.question())));
        for (Block block : structured.blocks()) {
            if (block instanceof Block.TermDefinition td) {
                EntryDraft existing = find(drafts, td.term());
                if (existing == null) {
                    TermTitles.Title name = TermTitles.split(td.term());
                    List<String> aliases = new ArrayList<>(name.aliases());
                    aliases.addAll(td.aliases());
                    existing = new EntryDraft(name.term(), aliases, EntryDraft.Origin.PRIMARY, source);
                    drafts.add(existing);
                }
                td.aliases().forEach(existing::addAlias);
                if (!existing.hasDefinition()) {
                    existing.define(td.definition());
                }
            } else if (block instanceof Block.QuestionAnswer qa) {
                if (main != null) {
                    main.addFaq(qa.question(), qa.answer());
                } else if (!pageQuestions.contains(Keys.loose(qa.question())) && !askedInEntries(drafts, qa.question())) {
                    FaqFilter.accept(qa.question(), qa.answer(), null).ifPresent(f -> {
                        if (pageQuestions.add(Keys.loose(f.question()))) {
                            faqs.add(f);
                        }
                    });
                }
            }
        }
    }

    private static boolean askedInEntries(List<EntryDraft> drafts, String question) {
        String key = Keys.loose(question);
        for (EntryDraft d : drafts) {
            for (Faq f : d.faqs()) {
                if (Keys.loose(f.question()).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static EntryDraft find(List<EntryDraft> drafts, String term) {
        String key = EntryMerger.key(TermTitles.split(term).term());
        for (EntryDraft d : drafts) {
            if (EntryMerger.key(d.term()).equals(key)) {
                return d;
            }
        }
        return null;
    }

    private static PageContent build(String title, String description, List<EntryDraft> drafts, List<Faq> faqs,
                                     boolean malformed) {
        List<Found> found = new ArrayList<>();
        List<Faq> pageFaqs = new ArrayList<>(faqs);
        Set<String> questions = new HashSet<>();
        pageFaqs.forEach(f -> questions.add(Keys.loose(f.question())));
        for (EntryDraft d : drafts) {
            var entry = d.build();
            if (entry.isPresent()) {
                found.add(new Found(entry.get(), d.origin()));
            } else {
                // A term without a definition gives no entry; its questions still count.
                for (Faq f : d.faqs()) {
                    if (questions.add(Keys.loose(f.question()))) {
                        pageFaqs.add(f);
                    }
                }
            }
        }
        return new PageContent(TextCleanup.oneLine(title), TextCleanup.oneLine(description), found, pageFaqs,
                malformed);
    }
}
