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

/**
 * Pages written for these tests on layouts and with noise the samples do not show: two plain-text
 * dumps, two Markdown glossaries in other dialects, three HTML pages.
 */
class HeldOutPagesTest {

    @Test
    void plainTextPageWithBreadcrumbsDefinitionHeadingAndDashedRelatedTerms() {
        Deck deck = generate("heldout/vector-database-page.txt").deck();

        assertThat(deck.entries()).extracting(Entry::term)
                .containsExactly("Vector Database", "Embedding", "Approximate Nearest Neighbour");
        assertDefinition(deck, "Vector Database", "A vector database is a system that stores high-dimensional "
                + "embeddings and retrieves the ones nearest to a query vector, usually through approximate "
                + "nearest-neighbour indexes such as HNSW or IVF.");
        assertDefinition(deck, "Embedding", "A dense list of numbers that represents text, images or other data so "
                + "that similar items lie close together.");
        assertDefinition(deck, "Approximate Nearest Neighbour", "A search method that trades a little accuracy for "
                + "large speed-ups when finding the closest vectors.");
        assertFaq(deck, "Is a vector database the same as a search engine?", "Not exactly. A search engine "
                + "traditionally matches keywords, while a vector database matches meaning by comparing embeddings. "
                + "Many search engines now add a vector index next to their keyword index.");
        assertFaq(deck, "Do vector databases replace relational databases?", "No. They complement them: "
                + "transactions, joins and reporting still belong in a relational database, while the vector "
                + "database answers similarity queries.");
        assertNoFaqAbout(deck, "earn");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(2);
        Entry vdb = entry(deck, "Vector Database");
        assertThat(vdb.related()).containsExactly("Embedding", "Approximate Nearest Neighbour");
        assertThat(vdb.examples()).singleElement().asString().startsWith("A support team stores");
        assertCleanCards(deck);
    }

    @Test
    void plainTextPageWithHardWrappedLinesAndQuestionAnswerPairs() {
        Deck deck = generate("heldout/tokenization-page.txt").deck();

        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Tokenization");
        assertDefinition(deck, "Tokenization", "Tokenization is the process of splitting text into smaller units "
                + "called tokens, such as words, subword pieces or single characters, that a language model can "
                + "map to numeric IDs.");
        assertFaq(deck, "Why do token counts differ between models?", "Each model ships its own vocabulary and "
                + "splitting rules, so the same text can produce a different number of tokens on different models.");
        assertFaq(deck, "Is a token the same as a word?", "Not always. Common words are often a single token, but "
                + "long or rare words are split into several pieces, and punctuation usually gets its own token.");
        assertNoFaqAbout(deck, "jobs");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(2);
        assertThat(entry(deck, "Tokenization").details()).extracting(d -> d.heading())
                .containsExactly("Why Tokenization Matters");
        assertCleanCards(deck);
    }

    @Test
    void markdownWithTermsAsTopHeadingsPlainAndBoldQuestionLinesAndDashedBullets() {
        Deck deck = generate("heldout/networking-glossary.md").deck();

        assertThat(deck.entries()).extracting(Entry::term)
                .containsExactly("Load Balancer", "Reverse Proxy", "Latency", "Throughput", "DNS");
        assertDefinition(deck, "Load Balancer", "A load balancer is a component that spreads incoming network "
                + "requests across several servers so that no single server is overwhelmed.");
        assertDefinition(deck, "Reverse Proxy", "A reverse proxy is a server that sits in front of application "
                + "servers, receives client requests on their behalf and forwards them, often adding caching, "
                + "compression or TLS termination.");
        assertDefinition(deck, "Latency", "The time a request takes to travel from client to server and back, "
                + "usually measured in milliseconds.");
        assertDefinition(deck, "Throughput", "The number of requests or bytes a system handles per second.");
        assertDefinition(deck, "DNS", "The Domain Name System, which translates human-readable host names into IP "
                + "addresses.");
        assertThat(entry(deck, "Load Balancer").aliases()).containsExactly("LB", "traffic distributor");
        assertFaq(deck, "Does a load balancer improve availability?", "Yes. When a server fails its health checks, "
                + "the load balancer stops sending it traffic, so users keep being served by the healthy servers.");
        assertFaq(deck, "What is the difference between layer 4 and layer 7 load balancing?", "Layer 4 balancers "
                + "route by IP address and port only, while layer 7 balancers can read HTTP headers and paths to make "
                + "smarter routing decisions.");
        assertFaq(deck, "Is a reverse proxy the same as a load balancer?", "No. A reverse proxy may forward every "
                + "request to a single server; load balancing is one job a reverse proxy can do, not its definition.");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(3);
        assertThat(entry(deck, "Reverse Proxy").faqs()).hasSize(1);
        assertCleanCards(deck);
    }

    @Test
    void markdownWithFrontMatterTitleTableDefinitionListAndBoldQuestion() {
        Deck deck = generate("heldout/data-quality-glossary.md").deck();

        assertThat(deck.name()).isEqualTo("Data Quality Glossary");
        assertThat(deck.description()).isEqualTo("Short definitions for people who clean data for a living.");
        assertThat(deck.entries()).extracting(Entry::term)
                .containsExactly("Data Lineage", "Schema Drift", "Deduplication", "Null rate", "Data Contract");
        assertDefinition(deck, "Data Lineage", "Data lineage is the record of where a piece of data came from, "
                + "which transformations it went through and where it is used downstream.");
        assertDefinition(deck, "Schema Drift", "Schema drift is an unplanned change in the structure of incoming "
                + "data, such as a renamed, added or retyped column, that breaks the pipelines reading it.");
        assertDefinition(deck, "Deduplication", "Removing records that describe the same real-world entity more "
                + "than once.");
        assertDefinition(deck, "Null rate", "The share of values in a column that are missing.");
        assertDefinition(deck, "Data Contract", "A written agreement between the producers and consumers of a "
                + "dataset about its schema, meaning and freshness.");
        assertThat(entry(deck, "Data Lineage").aliases()).containsExactly("data provenance");
        assertFaq(deck, "Why does data lineage matter for audits?", "Auditors can trace any reported number back to "
                + "its source tables and the code that transformed it, which turns a weeks-long investigation into a "
                + "query.");
        assertFaq(deck, "How can schema drift be detected early?", "Compare each incoming batch against a stored "
                + "schema contract and alert on any difference before the data is loaded.");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(2);
        assertThat(entry(deck, "Schema Drift").details()).singleElement()
                .satisfies(d -> assertThat(d.text()).contains("renamed customer_id to client_id"));
        assertCleanCards(deck);
    }

    @Test
    void htmlDefinitionListWithNavigationCallToActionAndFooter() {
        Deck deck = generate("heldout/security-glossary.html").deck();

        assertThat(deck.name()).isEqualTo("Security Glossary");
        assertThat(deck.entries()).extracting(Entry::term)
                .containsExactly("Phishing", "Zero Trust", "Multi-Factor Authentication", "Salt");
        assertDefinition(deck, "Phishing", "Phishing is a social-engineering attack in which a message pretending to "
                + "come from a trusted sender tricks the recipient into revealing credentials or running malware.");
        assertDefinition(deck, "Zero Trust", "Zero trust is a security model that grants no implicit trust based on "
                + "network location; every request is authenticated, authorized and encrypted as if it came from an "
                + "open network.");
        assertDefinition(deck, "Multi-Factor Authentication", "Multi-factor authentication (MFA) requires two or more "
                + "independent proofs of identity, such as a password and a code from a phone, before granting access.");
        assertDefinition(deck, "Salt", "A salt is random data added to a password before it is hashed, so that "
                + "identical passwords produce different hashes and precomputed tables become useless.");
        assertThat(entry(deck, "Zero Trust").aliases()).containsExactly("Zero-Trust Architecture");
        assertThat(entry(deck, "Multi-Factor Authentication").aliases()).containsExactly("MFA");
        assertThat(cards(deck, CardKind.FAQ)).isEmpty();
        assertCleanCards(deck);
    }

    @Test
    void htmlPageWithDetailsFaqDuplicatedInJsonLdGivesEachQuestionOnce() {
        Deck deck = generate("heldout/kubernetes-page.html").deck();

        assertThat(deck.entries()).extracting(Entry::term).containsExactly("Kubernetes");
        assertDefinition(deck, "Kubernetes", "Kubernetes is an open-source system that automates the deployment, "
                + "scaling and management of containerized applications across a cluster of machines.");
        assertFaq(deck, "Is Kubernetes the same as Docker?", "No. Docker builds and runs individual containers, "
                + "while Kubernetes schedules and manages many containers across a cluster of machines.");
        assertFaq(deck, "What is a Kubernetes pod?", "A pod is the smallest deployable unit in Kubernetes: one or "
                + "more containers that share storage, a network address and a lifecycle.");
        assertFaq(deck, "Does Kubernetes work on any cloud?", "Yes. Kubernetes runs on every major cloud provider as "
                + "a managed service and on your own servers, which makes workloads portable between them.");
        assertThat(cards(deck, CardKind.FAQ)).hasSize(3);
        assertThat(entry(deck, "Kubernetes").useCases()).containsExactly("Running microservices at scale",
                "Batch and machine-learning jobs", "Hybrid and multi-cloud deployments");
        assertCleanCards(deck);
    }

    @Test
    void htmlDefinedTermSetJsonLdMergesWithTheVisibleTermsAndDecodesEntities() {
        Deck deck = generate("heldout/ml-terms.html").deck();

        assertThat(deck.name()).isEqualTo("Machine Learning Terms");
        assertThat(deck.entries()).extracting(Entry::term)
                .containsExactly("Overfitting", "Regularization", "Learning Rate");
        assertDefinition(deck, "Overfitting", "Overfitting is when a model learns the noise and quirks of its "
                + "training data so closely that it performs worse on new, unseen data.");
        assertDefinition(deck, "Regularization", "Regularization adds a penalty for model complexity to the "
                + "training objective, discouraging large weights & reducing overfitting.");
        assertDefinition(deck, "Learning Rate", "The learning rate is a hyperparameter that sets how large a step "
                + "gradient descent takes when it updates the model’s weights.");
        assertThat(entry(deck, "Regularization").aliases()).containsExactly("Weight penalty");
        assertThat(deck.entries()).allSatisfy(e -> assertThat(e.sources()).containsExactly("ml-terms.html"));
        assertCleanCards(deck);
    }

    @Test
    void jsonLdAloneIsEnoughWhenThePageShowsNoTerms() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"DefinedTermSet\","
                + "\"name\":\"Tiny Set\",\"hasDefinedTerm\":[{\"@type\":\"DefinedTerm\",\"name\":\"Quorum\","
                + "\"description\":\"The smallest number of members that must agree before a cluster acts.\"}]}"
                + "</script></head><body><div id=\"app\"></div></body></html>";

        ParsedPage page = GlossaryDecks.parse(html, "tiny.html");

        assertThat(page.title()).isEqualTo("Tiny Set");
        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.term()).isEqualTo("Quorum");
            assertThat(e.definition()).isEqualTo("The smallest number of members that must agree before a cluster acts.");
        });
    }

    @Test
    void allHeldOutPagesTogetherMakeOneCleanDeckWithUniqueQuestionsAndIds() {
        GenerationResult result = generate("heldout/vector-database-page.txt", "heldout/tokenization-page.txt",
                "heldout/networking-glossary.md", "heldout/data-quality-glossary.md", "heldout/security-glossary.html",
                "heldout/kubernetes-page.html", "heldout/ml-terms.html");
        Deck deck = result.deck();

        assertThat(result.warnings()).isEmpty();
        assertThat(deck.entries()).hasSize(22);
        assertThat(deck.cards()).extracting(c -> c.id()).doesNotHaveDuplicates();
        assertThat(cards(deck, CardKind.FAQ)).extracting(c -> dev.gloss.deck.CardIds.loose(c.front()))
                .doesNotHaveDuplicates().hasSize(12);
        assertThat(cards(deck, CardKind.CHOICE)).hasSize(22);
        assertCleanCards(deck);
    }
}
