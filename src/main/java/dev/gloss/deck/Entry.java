package dev.gloss.deck;

import java.util.List;

/** One glossary term and everything known about it; cards are generated from entries. */
public record Entry(
        String term,
        List<String> aliases,
        String definition,
        List<Detail> details,
        List<String> examples,
        List<String> useCases,
        List<Faq> faqs,
        List<String> related,
        List<String> sources) {

    public Entry {
        term = PlainText.clean(term);
        definition = PlainText.clean(definition);
        aliases = PlainText.cleanAll(aliases);
        details = List.copyOf(details == null ? List.of() : details);
        examples = PlainText.cleanAll(examples);
        useCases = PlainText.cleanAll(useCases);
        faqs = List.copyOf(faqs == null ? List.of() : faqs);
        related = PlainText.cleanAll(related);
        sources = PlainText.cleanAll(sources);
    }

    public static Entry of(String term, String definition) {
        return new Entry(term, List.of(), definition, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
