package dev.gloss.glossary;

import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.Entry;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Test pages from src/test/resources/glossary and assertions shared by the glossary tests. */
final class GlossaryFixtures {
    /** Strings that are site noise or markup and must never reach a card. */
    static final List<String> NOISE_TOKENS = List.of(
            "chevron_right", "arrow_forward", "arrow_back", "workBrowse", "trending_up", "attach_money", "smart_toy",
            "alternate_email", "expand_more", "thumb_up", "HiredinAI", "Data Source", "Track AI", "Jobs", "$", "©",
            "All rights reserved", "**", "__", "#", "`", "](", "Subscribe", "newsletter", "Sign up", "Log in",
            "Privacy", "Cookie", "free trial", "Enroll", "Post a job", "Sponsored");
    private static final List<String> NOISE_WORDS_ANY_CASE = List.of("salary", "salaries", "career", "copyright",
            "job market", "ai jobs", "hiring");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);");

    private GlossaryFixtures() {
    }

    static Path resource(String name) {
        URL url = GlossaryFixtures.class.getResource("/glossary/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource glossary/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static GenerationResult generate(String... names) {
        return GlossaryDecks.generate(Arrays.stream(names).map(GlossaryFixtures::resource).toList(), null);
    }

    static List<Card> cards(Deck deck, CardKind kind) {
        return deck.cards().stream().filter(c -> c.kind() == kind).toList();
    }

    static Entry entry(Deck deck, String term) {
        return deck.entries().stream().filter(e -> e.term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry '" + term + "' among "
                        + deck.entries().stream().map(Entry::term).toList()));
    }

    /** Exactly one definition card for the term, with exactly this back. */
    static void assertDefinition(Deck deck, String term, String definition) {
        List<Card> matching = cards(deck, CardKind.DEFINITION).stream().filter(c -> c.front().equals(term)).toList();
        assertThat(matching).as("definition cards for '%s'", term).hasSize(1);
        assertThat(matching.get(0).back()).as("definition of '%s'", term).isEqualTo(definition);
    }

    /** Exactly one FAQ card for the question, with exactly this answer. */
    static void assertFaq(Deck deck, String question, String answer) {
        List<Card> matching = cards(deck, CardKind.FAQ).stream().filter(c -> c.front().equals(question)).toList();
        assertThat(matching).as("faq cards for '%s'", question).hasSize(1);
        assertThat(matching.get(0).back()).as("answer to '%s'", question).isEqualTo(answer);
    }

    static void assertNoFaqAbout(Deck deck, String questionPart) {
        assertThat(cards(deck, CardKind.FAQ)).noneMatch(c -> c.front().contains(questionPart));
    }

    /** No card text holds noise, markup, entities, control characters or untidy spaces. */
    static void assertCleanCards(Deck deck) {
        for (Card card : deck.cards()) {
            assertThat(card.front()).as("front of %s", card.id()).isNotBlank();
            assertThat(card.back()).as("back of %s", card.id()).isNotBlank();
            for (String text : texts(card)) {
                assertClean(card, text);
            }
        }
    }

    private static List<String> texts(Card card) {
        List<String> texts = new java.util.ArrayList<>(List.of(card.front(), card.back()));
        texts.addAll(card.choices());
        return texts;
    }

    private static void assertClean(Card card, String text) {
        String withoutBlanks = text.replace(CardGenerator.BLANK, " ").replace(CardGenerator.MASK, " ");
        for (String token : NOISE_TOKENS) {
            if (withoutBlanks.contains(token)) {
                fail("card %s (%s) holds '%s': %s", card.id(), card.kind(), token, text);
            }
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String word : NOISE_WORDS_ANY_CASE) {
            if (lower.contains(word)) {
                fail("card %s (%s) holds '%s': %s", card.id(), card.kind(), word, text);
            }
        }
        assertThat(TAG.matcher(text).find()).as("HTML tag in %s: %s", card.id(), text).isFalse();
        assertThat(ENTITY.matcher(text).find()).as("entity in %s: %s", card.id(), text).isFalse();
        assertThat(text).as("spacing of %s", card.id()).isEqualTo(text.strip()).doesNotContain("  ")
                .doesNotContain("\n").doesNotContain("\t");
        assertThat(text.chars().noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)))
                .as("control characters in %s", card.id()).isTrue();
    }
}
