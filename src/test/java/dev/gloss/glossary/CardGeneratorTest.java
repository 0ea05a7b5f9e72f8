package dev.gloss.glossary;

import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Detail;
import dev.gloss.deck.Entry;
import dev.gloss.deck.Faq;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CardGeneratorTest {
    private static Entry entry(String term, String definition, List<String> aliases, List<Detail> details,
                               List<Faq> faqs) {
        return new Entry(term, aliases, definition, details, List.of(), List.of(), faqs, List.of(), List.of());
    }

    private static List<Card> cards(List<Card> all, CardKind kind) {
        return all.stream().filter(c -> c.kind() == kind).toList();
    }

    @Test
    void clozeBlanksEveryOccurrenceAndAnswersWithTheTermAsWritten() {
        Entry e = entry("Cache", "A cache keeps copies of data close to where it is used.", List.of(),
                List.of(new Detail("How it works", "Reads hit the cache first. When caches fill up, the "
                        + "cache evicts old entries to make room.")), List.of());

        Card cloze = cards(CardGenerator.generate("D", List.of(e), List.of()), CardKind.CLOZE).get(0);

        assertThat(cloze.front()).isEqualTo("When ____ fill up, the ____ evicts old entries to make room.");
        assertThat(cloze.back()).isEqualTo("caches");
    }

    @Test
    void noClozeWhenTheTermNeverOccursOrOnlyInAOneSentenceDefinition() {
        Entry absent = entry("Cache", "Fast storage near the processor.", List.of(), List.of(), List.of());
        Entry onlyDefinition = entry("Queue", "A queue hands items out in the order they arrived.", List.of(),
                List.of(), List.of());

        List<Card> all = CardGenerator.generate("D", List.of(absent, onlyDefinition), List.of());

        assertThat(cards(all, CardKind.CLOZE)).isEmpty();
    }

    @Test
    void clozeSentencesAreSixToFortyWords() {
        Entry e = entry("Lock", "A lock lets one thread in at a time. Locks prevent races.", List.of(), List.of(),
                List.of());

        Card cloze = cards(CardGenerator.generate("D", List.of(e), List.of()), CardKind.CLOZE).get(0);

        assertThat(cloze.front()).isEqualTo("A ____ lets one thread in at a time.");
    }

    @Test
    void reverseAndChoicePromptsMaskTheTermAndItsAliases() {
        List<Entry> entries = List.of(
                entry("Large Language Model", "A large language model (LLM) is a neural network trained on text.",
                        List.of("LLM"), List.of(), List.of()),
                entry("Embedding", "An embedding maps text to a vector of numbers.", List.of(), List.of(), List.of()),
                entry("Tokenizer", "A tokenizer splits text into tokens for a model.", List.of(), List.of(), List.of()),
                entry("Transformer", "A transformer is a neural network built on attention.", List.of(), List.of(),
                        List.of()));

        List<Card> all = CardGenerator.generate("D", entries, List.of());

        Card reverse = cards(all, CardKind.REVERSE).get(0);
        assertThat(reverse.front()).isEqualTo("A ___ (___) is a neural network trained on text.");
        assertThat(reverse.back()).isEqualTo("Large Language Model");
        Card choice = cards(all, CardKind.CHOICE).get(0);
        assertThat(choice.front()).isEqualTo(CardGenerator.CHOICE_PROMPT + reverse.front());
        assertThat(choice.choices()).hasSize(4).contains("Large Language Model").doesNotContain("LLM");
    }

    @Test
    void fewerThanFourEntriesGiveNoChoiceCards() {
        List<Entry> entries = List.of(entry("A", "The first letter of the alphabet here.", List.of(), List.of(), List.of()),
                entry("B", "The second letter of the alphabet here.", List.of(), List.of(), List.of()),
                entry("C", "The third letter of the alphabet here.", List.of(), List.of(), List.of()));

        assertThat(cards(CardGenerator.generate("D", entries, List.of()), CardKind.CHOICE)).isEmpty();
    }

    @Test
    void aQuestionAskedUnderTwoEntriesOrAgainOnThePageGetsOneCardUnderTheFirst() {
        Faq faq = new Faq("What is the difference between a stack and a queue?", "A stack is last in, first out.");
        List<Entry> entries = List.of(
                entry("Stack", "A stack hands out the newest item first.", List.of(), List.of(), List.of(faq)),
                entry("Queue", "A queue hands out the oldest item first.", List.of(), List.of(),
                        List.of(new Faq("What is the difference between a Stack and a Queue", "Order."))));

        List<Card> all = CardGenerator.generate("D", entries,
                List.of(new Faq("what is the difference between a stack and a queue?", "Again.")));

        assertThat(cards(all, CardKind.FAQ)).singleElement().satisfies(c -> {
            assertThat(c.entry()).isEqualTo("Stack");
            assertThat(c.back()).isEqualTo("A stack is last in, first out.");
        });
    }

    @Test
    void longAnswersKeepTheirFirstWholeSentences() {
        String sentence = "This sentence has exactly ten words in it, you see. ";
        Faq faq = new Faq("Why?", sentence.repeat(8).strip());
        Entry e = entry("Term", "A term is a word.", List.of(), List.of(), List.of(faq));

        Card card = cards(CardGenerator.generate("D", List.of(e), List.of()), CardKind.FAQ).get(0);

        assertThat(card.back()).isEqualTo(sentence.repeat(6).strip());
    }
}
