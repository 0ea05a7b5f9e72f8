package dev.gloss.glossary;

import dev.gloss.deck.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialect the bundled AI Glossary source is written in (decks/sources/). */
class MarkdownDialectTest {
    private static final String SOURCE = """
            # AI Glossary

            Core terms of applied AI.

            ## Embedding

            An embedding is a list of numbers that represents a piece of text, an image or another item so that similar items get similar numbers.

            Search engines compare the embedding of a query with the embeddings of documents to find related pages.

            **Also known as:** vector representation, dense vector

            **Related terms:** Vector Database, Cosine Similarity

            ### How long is an embedding?

            Usually a few hundred to a few thousand numbers, fixed by the model that makes it.

            ## Temperature

            Temperature is a sampling setting that makes a language model's output more random when raised and more predictable when lowered.

            **Related terms:** Top-p Sampling

            ### What temperature should I use for code?

            A low one, around 0 to 0.2, because code rewards the most likely next token.

            ## Gradient Descent

            An optimization method that repeatedly moves a model's weights a small step against the gradient of the loss.

            For example, with a learning rate of 0.1 each weight moves a tenth of its gradient at every step.

            ### What is stochastic gradient descent?

            Gradient descent that estimates the gradient from a small random batch instead of the whole dataset.
            """;

    @Test
    void readsTitleDescriptionTermsFieldsAndQuestions() {
        ParsedPage page = GlossaryDecks.parse(SOURCE, "ai-glossary.md");

        assertThat(page.title()).isEqualTo("AI Glossary");
        assertThat(page.description()).isEqualTo("Core terms of applied AI.");
        assertThat(page.entries()).extracting(Entry::term).containsExactly("Embedding", "Temperature",
                "Gradient Descent");
        assertThat(page.faqs()).isEmpty();

        Entry embedding = page.entries().get(0);
        assertThat(embedding.definition()).isEqualTo("An embedding is a list of numbers that represents a piece of "
                + "text, an image or another item so that similar items get similar numbers.");
        assertThat(embedding.details()).singleElement().satisfies(d -> {
            assertThat(d.heading()).isEqualTo(EntryDraft.UNTITLED_DETAIL);
            assertThat(d.text()).isEqualTo("Search engines compare the embedding of a query with the embeddings of "
                    + "documents to find related pages.");
        });
        assertThat(embedding.aliases()).containsExactly("vector representation", "dense vector");
        assertThat(embedding.related()).containsExactly("Vector Database", "Cosine Similarity");
        assertThat(embedding.faqs()).singleElement().satisfies(f -> {
            assertThat(f.question()).isEqualTo("How long is an embedding?");
            assertThat(f.answer()).isEqualTo("Usually a few hundred to a few thousand numbers, fixed by the model "
                    + "that makes it.");
        });
        assertThat(embedding.sources()).containsExactly("ai-glossary.md");

        Entry temperature = page.entries().get(1);
        assertThat(temperature.related()).containsExactly("Top-p Sampling");
        assertThat(temperature.faqs()).extracting(f -> f.question()).containsExactly("What temperature should I use for code?");
    }

    @Test
    void aWhatIsQuestionUnderATermIsAQuestionNotAnotherTermAndForExampleOpensAnExample() {
        Entry descent = GlossaryDecks.parse(SOURCE, "ai-glossary.md").entries().get(2);

        assertThat(descent.faqs()).extracting(f -> f.question()).containsExactly("What is stochastic gradient descent?");
        assertThat(descent.examples()).containsExactly("For example, with a learning rate of 0.1 each weight moves a "
                + "tenth of its gradient at every step.");
        assertThat(descent.details()).isEmpty();
    }

    @Test
    void theDeckIsNamedAfterTheTitle() {
        var deck = GlossaryDecks.deck("AI Glossary", java.util.List.of(PageParser.parse(SOURCE, "ai-glossary.md")));

        assertThat(deck.description()).isEqualTo("Core terms of applied AI.");
        assertThat(deck.cards()).filteredOn(c -> c.kind() == dev.gloss.deck.CardKind.FAQ).hasSize(3);
    }
}
