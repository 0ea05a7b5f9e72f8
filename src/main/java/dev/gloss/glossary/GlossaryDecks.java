package dev.gloss.glossary;

import dev.gloss.GlossException;
import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.DeckNames;
import dev.gloss.deck.Entry;
import dev.gloss.deck.Faq;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Glossary pages to a study deck: the entry point of the glossary package.
 *
 * <p>Reads plain-text dumps of glossary web pages, Markdown glossaries and HTML pages (the format
 * is chosen by content), drops site noise, merges the same term from several pages into one entry
 * and generates definition, reverse, cloze, choice and FAQ cards with stable ids.
 */
public final class GlossaryDecks {
    private static final int NAMED_PATHS_IN_ERRORS = 5;

    private GlossaryDecks() {
    }

    /**
     * Reads the files and folders (recursively) and generates a deck.
     *
     * @param deckName the deck's name, or null to take the first glossary title found, else the
     *                 name of the first path given
     * @throws GlossException when no file yielded a single term or question
     */
    public static GenerationResult generate(List<Path> paths, String deckName) {
        if (paths == null || paths.isEmpty()) {
            throw new GlossException("no glossary pages given");
        }
        List<SourceReader.Listed> listed = SourceReader.list(paths);
        Outcome[] outcomes = new Outcome[listed.size()];
        // Pages are independent: read and parse them in parallel, keep their order for merging.
        IntStream.range(0, listed.size()).parallel().forEach(i -> outcomes[i] = readAndParse(listed.get(i)));
        List<SourceReader.Skipped> skipped = new ArrayList<>();
        List<PageContent> readPages = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.page() != null) {
                readPages.add(outcome.page());
            } else {
                skipped.add(outcome.skipped());
            }
        }
        List<String> warnings = skipped.stream().map(SourceReader.Skipped::warning).toList();
        if (readPages.isEmpty()) {
            throw new GlossException("no glossary terms found in " + describe(paths, skipped));
        }
        String name = deckName(deckName, readPages, paths.get(0));
        try {
            DeckNames.normalize(name);
        } catch (IllegalArgumentException e) {
            throw new GlossException("deck name '" + name + "' is not valid: " + e.getMessage());
        }
        Deck deck = deck(name, readPages);
        return new GenerationResult(deck, warnings, summary(deck, readPages.size(), skipped));
    }

    /** A page's content, or why its file was skipped: exactly one of the two is set. */
    private record Outcome(PageContent page, SourceReader.Skipped skipped) {
        static Outcome skipped(String path, String reason) {
            return new Outcome(null, new SourceReader.Skipped(path, reason));
        }
    }

    private static Outcome readAndParse(SourceReader.Listed item) {
        if (item instanceof SourceReader.Skipped skipped) {
            return new Outcome(null, skipped);
        }
        SourceReader.Loaded loaded = SourceReader.load(((SourceReader.ToRead) item).path());
        if (loaded instanceof SourceReader.Skipped skipped) {
            return new Outcome(null, skipped);
        }
        SourceReader.Source source = (SourceReader.Source) loaded;
        try {
            PageContent page = PageParser.parse(source.text(), source.fileName());
            if (page.isEmpty()) {
                return Outcome.skipped(source.path(), page.malformedHtml()
                        ? "no glossary terms found (malformed HTML)" : "no glossary terms found");
            }
            return new Outcome(page, null);
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug must not cost the other pages, nor show the user a stack trace.
            return Outcome.skipped(source.path(), "could not be parsed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reads one page's text; {@code sourceName} (a file name) is recorded as the entries' source and hints the format. */
    public static ParsedPage parse(String text, String sourceName) {
        PageContent page = PageParser.parse(text == null ? "" : text, sourceName == null ? "" : sourceName);
        List<Entry> entries = EntryMerger.merge(page.entries());
        return new ParsedPage(page.title(), page.description(), entries, page.faqs());
    }

    static Deck deck(String name, List<PageContent> pages) {
        List<Found> found = new ArrayList<>();
        List<Faq> pageFaqs = new ArrayList<>();
        Set<String> questions = new HashSet<>();
        String description = "";
        for (PageContent page : pages) {
            found.addAll(page.entries());
            if (description.isEmpty()) {
                description = page.description();
            }
        }
        List<Entry> entries = EntryMerger.merge(found);
        entries.forEach(e -> e.faqs().forEach(f -> questions.add(Keys.loose(f.question()))));
        for (PageContent page : pages) {
            for (Faq f : page.faqs()) {
                if (questions.add(Keys.loose(f.question()))) {
                    pageFaqs.add(f);
                }
            }
        }
        List<Card> cards = CardGenerator.generate(name, entries, pageFaqs);
        return new Deck(name, description, entries, pageFaqs, cards);
    }

    private static String deckName(String given, List<PageContent> pages, Path firstPath) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        for (PageContent page : pages) {
            if (!page.title().isBlank()) {
                return page.title().replace(DeckNames.SEPARATOR, ":");
            }
        }
        Path fileName = firstPath.toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? "Glossary" : fileName.toString();
        if (!Files.isDirectory(firstPath)) {
            int dot = name.lastIndexOf('.');
            name = dot > 0 ? name.substring(0, dot) : name;
        }
        name = name.replace(DeckNames.SEPARATOR, ":").strip();
        return name.isEmpty() ? "Glossary" : name;
    }

    static String summary(Deck deck, int filesRead, List<SourceReader.Skipped> skipped) {
        Map<CardKind, Integer> perKind = new EnumMap<>(CardKind.class);
        for (Card c : deck.cards()) {
            perKind.merge(c.kind(), 1, Integer::sum);
        }
        String kinds = perKind.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().jsonName())
                .collect(Collectors.joining(", "));
        StringBuilder sb = new StringBuilder();
        sb.append(deck.entries().size()).append(plural(deck.entries().size(), " entry", " entries"))
                .append(", ").append(deck.cards().size()).append(plural(deck.cards().size(), " card", " cards"));
        if (!kinds.isEmpty()) {
            sb.append(" (").append(kinds).append(')');
        }
        sb.append(" from ").append(filesRead).append(plural(filesRead, " file", " files"));
        if (!skipped.isEmpty()) {
            Map<String, Integer> reasons = new LinkedHashMap<>();
            skipped.forEach(s -> reasons.merge(s.reason(), 1, Integer::sum));
            sb.append("; ").append(skipped.size()).append(" skipped (")
                    .append(reasons.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        return sb.toString();
    }

    private static String describe(List<Path> paths, List<SourceReader.Skipped> skipped) {
        List<String> parts = new ArrayList<>();
        for (SourceReader.Skipped s : skipped) {
            parts.add(s.path() + " (" + s.reason() + ")");
        }
        if (parts.isEmpty()) {
            paths.forEach(p -> parts.add(p.toString()));
        }
        String named = String.join(", ", parts.subList(0, Math.min(parts.size(), NAMED_PATHS_IN_ERRORS)));
        int more = parts.size() - NAMED_PATHS_IN_ERRORS;
        return more > 0 ? named + " and " + more + " more" : named;
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

}
