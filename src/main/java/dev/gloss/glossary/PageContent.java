package dev.gloss.glossary;

import dev.gloss.deck.Faq;

import java.util.List;

/** Everything one page yielded, before pages are merged. */
record PageContent(String title, String description, List<Found> entries, List<Faq> faqs, boolean malformedHtml) {

    boolean isEmpty() {
        return entries.isEmpty() && faqs.isEmpty();
    }
}
