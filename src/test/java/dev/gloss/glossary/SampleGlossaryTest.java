package dev.gloss.glossary;

import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.Entry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gloss.glossary.GlossaryFixtures.assertCleanCards;
import static dev.gloss.glossary.GlossaryFixtures.assertDefinition;
import static dev.gloss.glossary.GlossaryFixtures.assertFaq;
import static dev.gloss.glossary.GlossaryFixtures.assertNoFaqAbout;
import static dev.gloss.glossary.GlossaryFixtures.cards;
import static dev.gloss.glossary.GlossaryFixtures.entry;
import static dev.gloss.glossary.GlossaryFixtures.generate;
import static org.assertj.core.api.Assertions.assertThat;

/** The three sample pages from the design: two dumps of one term with heavy noise, and a Markdown glossary. */
class SampleGlossaryTest {
    private static final String PAGE_A = "samples/foundation-model-page-a.txt";
    private static final String PAGE_B = "samples/foundation-model-page-b.txt";
    private static final String MARKDOWN = "samples/version-control-glossary.md";

    private static final String PAGE_A_DEFINITION = "A large AI model trained on broad data that can be adapted to a "
            + "wide range of downstream tasks. GPT-4, Claude, Gemini, and Llama are foundation models. The term "
            + "emphasizes their role as a base that other applications build upon.";
    private static final String PAGE_B_DEFINITION = "A foundation model is a large AI model trained on broad data that "
            + "can be adapted to a wide range of downstream tasks. Examples include GPT-4, Claude, LLaMA, and DALL-E. "
            + "They represent a paradigm shift toward general-purpose models that serve as a base for many applications.";

    @Test
    void pageAYieldsTheTermWithItsDefinitionSectionsAndUseCases() {
        Deck deck = generate(PAGE_A).deck();

        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Foundation Model");
        assertDefinition(deck, "Foundation Model", PAGE_A_DEFINITION);
        Entry e = entry(deck, "Foundation Model");
        assertThat(e.details()).extracting(d -> d.heading())
                .containsExactly("How Foundation Model Works", "Why Foundation Model Matters");
        assertThat(e.examples()).singleElement().asString().startsWith("A single foundation model like Claude");
        assertThat(e.useCases()).containsExactly("General-purpose assistants", "Multi-task systems",
                "Transfer learning", "Few-shot adaptation");
        assertThat(e.sources()).containsExactly("foundation-model-page-a.txt");
    }

    @Test
    void pageAQuestionsAboutSalarySkillsAndWhatTheNameStandsForAreDropped() {
        Deck deck = generate(PAGE_A).deck();

        assertThat(cards(deck, CardKind.FAQ)).isEmpty();
        assertThat(entry(deck, "Foundation Model").faqs()).isEmpty();
    }

    @Test
    void pageBReadsPastNavigationAndIconNoise() {
        Deck deck = generate(PAGE_B).deck();

        assertDefinition(deck, "Foundation Model", PAGE_B_DEFINITION);
        assertFaq(deck, "What makes a model a foundation model?", "Foundation models are characterized by "
                + "large-scale pre-training on broad data, adaptability to diverse downstream tasks, and emergent "
                + "capabilities that arise from scale. Examples include GPT-4, Claude, LLaMA, and multimodal models "
                + "like Gemini.");
        assertFaq(deck, "Are foundation models the future of AI?", "Foundation models are the dominant paradigm in "
                + "AI today and their influence continues to grow.");
        assertNoFaqAbout(deck, "to work in AI");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(2);
        assertCleanCards(deck);
    }

    @Test
    void pageBRelatedTermsBecomeEntriesWithTheirOwnDefinitions() {
        Deck deck = generate(PAGE_B).deck();

        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Foundation Model",
                "Large Language Model", "Pre-training", "Fine-Tuning", "Transfer Learning");
        assertThat(entry(deck, "Foundation Model").related())
                .containsExactly("Large Language Model", "Pre-training", "Fine-Tuning", "Transfer Learning");
        assertDefinition(deck, "Pre-training", "Pre-training is the initial phase of training where a model learns "
                + "general representations from large-scale data using self-supervised objectives. It provides the "
                + "foundation of knowledge and capabilities that subsequent fine-tuning adapts for specific tasks.");
        assertThat(entry(deck, "Large Language Model").aliases()).containsExactly("LLM");
        assertThat(entry(deck, "Transfer Learning").sources()).containsExactly("foundation-model-page-b.txt");
    }

    @Test
    void theTwoPagesMergeIntoOneFoundationModelEntry() {
        Deck deck = generate(PAGE_A, PAGE_B).deck();

        assertThat(deck.entries()).filteredOn(e -> e.term().equalsIgnoreCase("Foundation Model")).hasSize(1);
        Entry e = entry(deck, "Foundation Model");
        assertDefinition(deck, "Foundation Model", PAGE_A_DEFINITION);
        assertThat(e.sources()).containsExactly("foundation-model-page-a.txt", "foundation-model-page-b.txt");
        assertThat(e.details()).anySatisfy(d -> {
            assertThat(d.heading()).isEqualTo(EntryMerger.OTHER_DEFINITION);
            assertThat(d.text()).isEqualTo(PAGE_B_DEFINITION);
        });
        assertThat(e.faqs()).extracting(f -> f.question()).containsExactly(
                "What makes a model a foundation model?", "Are foundation models the future of AI?");
        assertThat(cards(deck, CardKind.DEFINITION)).filteredOn(c -> c.entry().equals("Foundation Model")).hasSize(1);
        assertCleanCards(deck);
    }

    @Test
    void markdownGlossaryGivesTermsAliasesQuestionsAndBulletTerms() {
        Deck deck = generate(MARKDOWN).deck();

        assertThat(deck.name()).isEqualTo("Version Control Glossary");
        assertThat(deck.description()).isEqualTo("Terms every developer meets in the first week with Git.");
        assertThat(deck.entries()).extracting(Entry::term)
                .containsExactly("Commit", "Branch", "Rebase", "Merge Conflict", "Staging Area");
        assertDefinition(deck, "Commit", "A commit is a snapshot of the tracked files in a repository, stored "
                + "together with its author, a message, and a pointer to its parent commits.");
        assertDefinition(deck, "Branch", "A branch is a movable name that points at a commit and advances "
                + "automatically when you commit on it.");
        assertDefinition(deck, "Rebase", "Replaying a series of commits on top of another base commit, producing "
                + "new commits with the same changes.");
        assertDefinition(deck, "Merge Conflict", "A stop in a merge or rebase where the same lines were changed "
                + "differently on both sides and a person must choose the result.");
        assertDefinition(deck, "Staging Area", "The index where changes are collected before they are committed.");
        assertThat(entry(deck, "Branch").aliases()).containsExactly("ref", "head");
        assertThat(entry(deck, "Commit").details()).singleElement().satisfies(d -> assertThat(d.text())
                .startsWith("Commits are identified by the hash of their content"));
        assertFaq(deck, "Can I change a commit after it is pushed?", "You can rewrite it locally with amend or "
                + "rebase, but everyone who already fetched the old commit then has a diverging history, so shared "
                + "branches are normally only appended to.");
        assertFaq(deck, "Are branches expensive to create?", "No. A branch is a small file holding one commit hash, "
                + "so creating or deleting one is instant regardless of repository size.");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(2);
        assertCleanCards(deck);
    }

    @Test
    void allThreeSamplesTogetherMakeACleanDeckWithEveryKindOfCard() {
        GenerationResult result = generate(PAGE_A, PAGE_B, MARKDOWN);
        Deck deck = result.deck();

        assertThat(deck.entries()).hasSize(10);
        assertThat(deck.cards()).extracting(Card::kind).contains(CardKind.DEFINITION, CardKind.REVERSE,
                CardKind.FAQ, CardKind.CLOZE, CardKind.CHOICE);
        assertThat(deck.cards()).extracting(Card::id).doesNotHaveDuplicates();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.summary()).isEqualTo(
                "10 entries, 40 cards (10 definition, 10 reverse, 4 faq, 6 cloze, 10 choice) from 3 files");
        assertCleanCards(deck);
    }

    @Test
    void reverseCardsMaskTheTermAndItsAliases() {
        Deck deck = generate(PAGE_B).deck();

        Card reverse = cards(deck, CardKind.REVERSE).stream().filter(c -> c.back().equals("Large Language Model"))
                .findFirst().orElseThrow();
        assertThat(reverse.front()).startsWith("A ___ (___) is a neural network").doesNotContain("LLM")
                .doesNotContainIgnoringCase("large language model");
    }

    @Test
    void entriesFromPagesCarryTheirSourceFileNames() {
        List<Entry> entries = generate(MARKDOWN).deck().entries();

        assertThat(entries).allSatisfy(e -> assertThat(e.sources()).containsExactly("version-control-glossary.md"));
    }
}
