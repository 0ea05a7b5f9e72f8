package dev.gloss.glossary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoiseFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Homechevron_rightAI Glossarychevron_rightFoundation Model", "Home › Docs › Glossary",
            "Home / Learn / Glossary / Tokenization", "JobsCompaniesJob AlertsPricing", "SitemapPrivacyTermsCookies",
            "HiredinAI LogoHiredinAI", "smart_toy", "work", "alternate_emailworkcode", "attach_money",
            "arrow_backBack to AI Glossary", "See Generative AI jobsarrow_forward", "View open positions",
            "© 2026 HiredinAI. All rights reserved.", "Copyright 2025 Example Inc.",
            "Data Source: Analysis based on AI job postings collected and verified by AI Market Pulse.",
            "Track AI Skill Demand", "Subscribe to our newsletter", "Sign up for free", "Ready to build? Start your free trial today",
            "Last updated: June 3, 2025", "Updated March 2, 2026 · 4 min read", "6 min read", "Skip to main content",
            "Share this article", "Facebook Twitter LinkedIn Email", "Previous: Tokenizer", "Enter your email",
            "Privacy Policy | Terms of Use | Cookie Settings", "Accept all cookies", "thumb_upHelpful thumb_downNot helpful"})
    void siteNoiseLinesAreDropped(String line) {
        assertThat(NoiseFilter.cleanLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Foundation Model", "What is Foundation Model?", "How Foundation Model Works", "Use Cases",
            "Frequently Asked Questions", "Related Terms", "Input and output",
            "A foundation model is a large AI model trained on broad data.", "Next-token prediction is a training objective.",
            "Batch and machine-learning jobs", "The max_tokens parameter limits the length of a reply.",
            "Transfer learning", "Register allocation assigns variables to processor registers."})
    void contentLinesAreKept(String line) {
        assertThat(NoiseFilter.cleanLine(line)).isEqualTo(line);
    }

    @Test
    void iconNamesGluedToWordsAreCutOutAndTheWordsKept() {
        assertThat(NoiseFilter.stripIcons("trending_upCareer Relevance")).isEqualTo("Career Relevance");
        assertThat(NoiseFilter.stripIcons("workBrowse Generative AI Jobs")).isEqualTo("Browse Generative AI Jobs");
        assertThat(NoiseFilter.stripIcons("Glossarychevron_rightModel")).isEqualTo("Glossary Model");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Salary Impact", "Career Relevance", "Related Jobs", "For Employers", "AI Jobs by City",
            "Resources", "Company", "Generative AI Jobs", "Related Articles", "Sponsored", "Get the ML newsletter"})
    void marketingAndFurnitureHeadingsAreNoise(String heading) {
        assertThat(NoiseFilter.isNoiseHeading(heading, null)).isTrue();
    }

    @Test
    void theTermItselfIsNeverNoise() {
        TermPattern term = TermPattern.of("Salary Band");

        assertThat(NoiseFilter.isNoiseHeading("How Salary Band Works", term)).isFalse();
        assertThat(NoiseFilter.cleanProse("A salary band is the range of pay for a role. Salaries vary.", term))
                .isEqualTo("A salary band is the range of pay for a role.");
    }

    @Test
    void sentencesThatIntroduceAnArticleAreDropped() {
        assertThat(NoiseFilter.cleanProse("Everything you need to know about RAG. RAG grounds a model in documents. "
                + "In this article, we explain how it works.", TermPattern.of("RAG")))
                .isEqualTo("RAG grounds a model in documents.");
    }

    @Test
    void marketingSentencesLeaveTheRestOfTheParagraph() {
        String text = "Foundation models are the dominant paradigm in AI today. Understanding them is one of the most "
                + "valuable skills in AI careers. Engineers earn $250K-$500K+.";

        assertThat(NoiseFilter.cleanProse(text, null)).isEqualTo("Foundation models are the dominant paradigm in AI today.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"What skills do I need to work with Foundation Model?",
            "How does Foundation Model affect salary?", "Do I need to train foundation models to work in AI?",
            "Which jobs require tokenization skills?", "How much do vector database engineers earn?",
            "How do I become a machine learning engineer?", "How do I contact support?",
            "Can I cancel my subscription at any time?"})
    void offTopicQuestionsAreRecognised(String question) {
        assertThat(NoiseFilter.isOffTopicQuestion(question, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"What makes a model a foundation model?", "Does RAG eliminate hallucinations?",
            "How does a model become a foundation model?", "What is the difference between CV and NLP?",
            "What is a log in databases?"})
    void ordinaryQuestionsAreNotOffTopic(String question) {
        assertThat(NoiseFilter.isOffTopicQuestion(question, null)).isFalse();
    }

    @Test
    void tautologicalAnswersAreRecognised() {
        assertThat(NoiseFilter.isTautology("Foundation Model stands for Foundation Model. A large AI model.")).isTrue();
        assertThat(NoiseFilter.isTautology("RAG stands for Retrieval-Augmented Generation.")).isFalse();
    }
}
