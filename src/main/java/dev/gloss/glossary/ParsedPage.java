package dev.gloss.glossary;

import dev.gloss.deck.Entry;
import dev.gloss.deck.Faq;

import java.util.List;

/**
 * One page read on its own.
 *
 * @param title       the page's title when it is a glossary of several terms ("Version Control
 *                    Glossary"); empty for a page about one term
 * @param description the paragraph under that title, or empty
 * @param entries     the terms found, each with its definition
 * @param faqs        questions not tied to one term
 */
public record ParsedPage(String title, String description, List<Entry> entries, List<Faq> faqs) {
    public ParsedPage {
        entries = List.copyOf(entries);
        faqs = List.copyOf(faqs);
    }
}
