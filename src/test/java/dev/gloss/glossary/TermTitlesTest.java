package dev.gloss.glossary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TermTitlesTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "What is Foundation Model? => Foundation Model",
            "What is a Vector Database? => Vector Database",
            "What Are Embeddings? A Beginner's Guide => Embeddings",
            "What Is Tokenization? Definition & Examples => Tokenization",
            "What is a Transformer in AI? => Transformer",
            "What does latency mean? => latency",
            "Definition of Overfitting => Overfitting",
            "Kubernetes Definition => Kubernetes",
            "Vector Database | AI Glossary => Vector Database",
            "Glossary: Kubernetes => Kubernetes",
            "What is RAG (Retrieval-Augmented Generation)? => Retrieval-Augmented Generation",
            "What is Retrieval-Augmented Generation (RAG)? => Retrieval-Augmented Generation"})
    void titlesNameTheirTerm(String title, String term) {
        assertThat(TermTitles.match(title)).hasValueSatisfying(t -> assertThat(t.term()).isEqualTo(term));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What is the difference between RAG and fine-tuning?", "What are the benefits of caching?",
            "What is it used for?", "What's new", "Frequently Asked Questions", "How Foundation Model Works",
            "Formal definition", "What is the best vector database?"})
    void otherHeadingsNameNoTerm(String heading) {
        assertThat(TermTitles.match(heading)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Large Language Model (LLM)|Large Language Model|LLM",
            "LLM (Large Language Model)|Large Language Model|LLM", "Zero Trust (security)|Zero Trust|security"})
    void parenthesesGiveAnAlias(String name, String term, String alias) {
        TermTitles.Title t = TermTitles.split(name);

        assertThat(t.term()).isEqualTo(term);
        assertThat(t.aliases()).containsExactly(alias);
    }
}
