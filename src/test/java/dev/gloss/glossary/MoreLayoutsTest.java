package dev.gloss.glossary;

import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.Entry;
import org.junit.jupiter.api.Test;

import static dev.gloss.glossary.GlossaryFixtures.assertCleanCards;
import static dev.gloss.glossary.GlossaryFixtures.assertDefinition;
import static dev.gloss.glossary.GlossaryFixtures.assertFaq;
import static dev.gloss.glossary.GlossaryFixtures.assertNoFaqAbout;
import static dev.gloss.glossary.GlossaryFixtures.cards;
import static dev.gloss.glossary.GlossaryFixtures.entry;
import static dev.gloss.glossary.GlossaryFixtures.generate;
import static org.assertj.core.api.Assertions.assertThat;

/** Further layouts: acronym titles, numbered questions, letter-indexed glossaries, accordions. */
class MoreLayoutsTest {

    @Test
    void acronymTitleGivesTheExpansionAsTermAndTheAcronymAsAlias() {
        Deck deck = generate("heldout/rag-page.txt").deck();

        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Retrieval-Augmented Generation",
                "Vector Database");
        Entry rag = entry(deck, "Retrieval-Augmented Generation");
        assertThat(rag.aliases()).containsExactly("RAG");
        assertDefinition(deck, "Retrieval-Augmented Generation", "RAG is a technique that retrieves relevant "
                + "documents from a knowledge base and adds them to a language model's prompt, so that the model "
                + "answers from current, specific sources instead of only its training data.");
        assertFaq(deck, "What does RAG stand for?", "RAG stands for Retrieval-Augmented Generation. It combines "
                + "search with text generation.");
        assertFaq(deck, "Does RAG eliminate hallucinations?", "No. It reduces them by grounding answers in retrieved "
                + "text, but the model can still misread or ignore the sources.");
        assertNoFaqAbout(deck, "salary");
        assertNoFaqAbout(deck, "Still have questions");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(2);
        assertThat(rag.related()).containsExactly("Vector Database");
        assertThat(rag.details()).extracting(d -> d.heading()).containsExactly("How RAG Works");
        assertCleanCards(deck);
    }

    @Test
    void definitionLabelKeyPointsAndQuestionsAndAnswersHeading() {
        Deck deck = generate("heldout/transformer-page.txt").deck();

        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Transformer");
        assertDefinition(deck, "Transformer", "A transformer is a neural network architecture that processes a whole "
                + "sequence at once using self-attention, letting every token weigh every other token when building "
                + "its representation.");
        assertFaq(deck, "Why are transformers faster to train than RNNs?", "Because attention looks at all positions "
                + "at once, the computation for a whole sequence runs in parallel on a GPU instead of one step at a time.");
        assertFaq(deck, "What is the difference between an encoder and a decoder?", "An encoder reads the whole input "
                + "and builds representations of it; a decoder generates output one token at a time while attending to "
                + "what it has produced so far.");
        assertThat(entry(deck, "Transformer").details()).singleElement().satisfies(d -> {
            assertThat(d.heading()).isEqualTo("Key Points");
            assertThat(d.text()).startsWith("Introduced in the 2017 paper");
        });
        assertCleanCards(deck);
    }

    @Test
    void plainTextGlossaryWithLetterIndexAndAPageLevelQuestion() {
        Deck deck = generate("heldout/cloud-glossary.txt").deck();

        assertThat(deck.name()).isEqualTo("Cloud Computing Glossary");
        assertThat(deck.entries()).extracting(Entry::term)
                .containsExactly("API Gateway", "Autoscaling", "Blue-Green Deployment");
        assertDefinition(deck, "Autoscaling", "Autoscaling automatically adds or removes compute instances as load "
                + "changes, so capacity follows demand.");
        assertThat(deck.faqs()).singleElement().satisfies(f -> assertThat(f.question()).isEqualTo("Is autoscaling free?"));
        assertFaq(deck, "Is autoscaling free?", "Autoscaling itself usually costs nothing extra, but the instances it "
                + "starts are billed as usual.");
        assertThat(cards(deck, CardKind.FAQ)).singleElement().satisfies(c -> assertThat(c.entry()).isEmpty());
        assertCleanCards(deck);
    }

    @Test
    void markdownTermsUnderLetterHeadingsWithBoldQuestionLinesAndAFaqSection() {
        Deck deck = generate("heldout/sql-terms.md").deck();

        assertThat(deck.name()).isEqualTo("SQL Terms A–Z");
        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Join", "Index");
        assertDefinition(deck, "Join", "A join combines rows from two or more tables based on a related column "
                + "between them.");
        assertThat(entry(deck, "Index").aliases()).containsExactly("B-tree index");
        assertFaq(deck, "What is the difference between an inner join and a left join?", "An inner join returns only "
                + "matching rows, while a left join returns every row of the left table and fills missing matches "
                + "with NULL.");
        assertFaq(deck, "Do indexes slow down inserts?", "Yes, slightly: every insert must also update each index on "
                + "the table.");
        assertCleanCards(deck);
    }

    @Test
    void markdownSingleTermPageWithBoldQuestions() {
        Deck deck = generate("heldout/docker-page.md").deck();

        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Docker");
        assertFaq(deck, "Is Docker a virtual machine?", "No. Containers share the host operating system kernel, so "
                + "they start in seconds and use far less memory than virtual machines.");
        assertFaq(deck, "Can Docker run on Windows?", "Yes, through Docker Desktop, which runs Linux containers in a "
                + "lightweight virtual machine.");
        assertCleanCards(deck);
    }

    @Test
    void htmlAccordionFaqWithSiteLogoDateLineAndCourseLink() {
        Deck deck = generate("heldout/prompt-engineering-page.html").deck();

        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Prompt Engineering");
        assertDefinition(deck, "Prompt Engineering", "Prompt engineering is the practice of writing and refining the "
                + "instructions given to a language model so that it produces accurate, useful and safe output.");
        assertFaq(deck, "Is prompt engineering still needed with better models?", "Yes. Better models follow "
                + "instructions more reliably, but clear prompts still decide what the model is asked to do.");
        assertFaq(deck, "What is a system prompt?", "A system prompt is a standing instruction that sets the model's "
                + "role, tone and rules for a whole conversation.");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(2);
        assertThat(entry(deck, "Prompt Engineering").related()).containsExactly("Few-Shot Learning", "Chain of Thought");
        assertThat(entry(deck, "Prompt Engineering").details()).noneMatch(d -> d.text().contains("course"));
        assertCleanCards(deck);
    }

    @Test
    void plainTextPageWithTableOfContentsAuthorBoxAndAppStoreFooter() {
        Deck deck = generate("heldout/gradient-descent-page.txt").deck();

        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Gradient Descent");
        assertDefinition(deck, "Gradient Descent", "Gradient descent is an optimization algorithm that repeatedly "
                + "nudges a model's parameters in the direction that most reduces the loss, using the gradient of the "
                + "loss with respect to those parameters.");
        assertFaq(deck, "What is the learning rate in gradient descent?", "The learning rate is the step size: too "
                + "large and the loss diverges, too small and training crawls.");
        assertFaq(deck, "Can gradient descent get stuck?", "Yes. On non-convex losses it can settle in a local minimum "
                + "or a saddle point, which is why variants add momentum or noise.");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(2);
        assertThat(entry(deck, "Gradient Descent").details()).noneMatch(d -> d.text().contains("Python")
                || d.text().contains("Jane Smith") || d.text().contains("App Store"));
        assertCleanCards(deck);
    }

    @Test
    void htmlPageWithInlineScriptsSidebarTableOfContentsAndJsonLdGraph() {
        Deck deck = generate("heldout/attention-page.html").deck();

        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Attention Mechanism");
        assertDefinition(deck, "Attention Mechanism", "An attention mechanism lets a neural network weigh different "
                + "parts of its input differently when producing each output, so that the most relevant pieces of "
                + "context have the most influence.");
        assertFaq(deck, "Why is it called “attention”?", "Because the model learns where to focus, weighting some "
                + "inputs more than others — much as people attend to parts of a scene.");
        assertFaq(deck, "Does attention make models interpretable?", "Only partly. Attention weights show where a "
                + "model looked, but not always why it made a decision.");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(2);
        assertThat(deck.cards()).noneMatch(c -> c.front().contains("Not content") || c.back().contains("Injected"));
        assertCleanCards(deck);
    }

    @Test
    void markdownWithDeepTermHeadingsMultiLineAnswersAndNestedDashedBullets() {
        Deck deck = generate("heldout/statistics-glossary.md").deck();

        assertThat(deck.entries()).extracting(Entry::term)
                .containsExactly("Mean", "Median", "Variance", "Standard Deviation", "Outlier");
        assertDefinition(deck, "Variance", "The average squared distance of the values from their mean.");
        assertDefinition(deck, "Outlier", "A value far from the others.");
        assertFaq(deck, "Is the mean the same as the average?", "Usually yes; \"average\" most often means the "
                + "arithmetic mean, although it can also refer to the median or the mode.");
        assertFaq(deck, "Why use the median instead of the mean?", "The median is not pulled by extreme values, so it "
                + "describes a typical value better for skewed data.");
        assertCleanCards(deck);
    }

    @Test
    void htmlGlossaryOfBoldParagraphTermsAndArticleCardsWithTheTitleFromTheTitleTag() {
        Deck deck = generate("heldout/finance-terms.html").deck();

        assertThat(deck.name()).isEqualTo("Finance Terms");
        assertThat(deck.entries()).extracting(Entry::term).containsExactly("APR", "Compound Interest", "Liquidity");
        assertDefinition(deck, "APR", "The annual percentage rate is the yearly cost of a loan including interest and "
                + "fees.");
        assertDefinition(deck, "Liquidity", "Liquidity is how quickly an asset can be turned into cash without losing "
                + "value.");
        assertCleanCards(deck);
    }
}
