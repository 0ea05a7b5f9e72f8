package dev.gloss.glossary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @Test
    void splitsOnFullStopsQuestionAndExclamationMarks() {
        assertThat(Sentences.split("One thing. Another thing? Yes! Done."))
                .containsExactly("One thing.", "Another thing?", "Yes!", "Done.");
    }

    @Test
    void doesNotSplitOnAbbreviationsDecimalsOrInitials() {
        assertThat(Sentences.split("Models such as e.g. GPT-4 and i.e. Claude exist. Version 3.5 beat 3.0 "
                + "vs. the old one. J. R. Smith wrote it in the U.S. Army manual. Next."))
                .containsExactly("Models such as e.g. GPT-4 and i.e. Claude exist.",
                        "Version 3.5 beat 3.0 vs. the old one.",
                        "J. R. Smith wrote it in the U.S. Army manual.", "Next.");
    }

    @Test
    void keepsClosingQuotesAndBracketsWithTheirSentence() {
        assertThat(Sentences.split("He said \"stop.\" Then (quietly.) It ended."))
                .containsExactly("He said \"stop.\"", "Then (quietly.)", "It ended.");
    }

    @Test
    void blankLinesEndSentencesEvenWithoutAFullStop() {
        assertThat(Sentences.split("A heading\n\nA sentence. Another")).containsExactly("A heading", "A sentence.",
                "Another");
    }

    @Test
    void shortTextIsKeptWholeOnOneLine() {
        assertThat(Sentences.trim("  One   short\n text.  ", 60)).isEqualTo("One short text.");
    }

    @Test
    void longTextKeepsItsFirstWholeSentencesWithinTheLimit() {
        String text = "First sentence has five words. Second one has five too. Third is here and is longer.";

        assertThat(Sentences.trim(text, 10)).isEqualTo("First sentence has five words. Second one has five too.");
        assertThat(Sentences.trim(text, 7)).isEqualTo("First sentence has five words.");
    }

    @Test
    void aFirstSentenceLongerThanTheLimitIsKeptWhole() {
        assertThat(Sentences.trim("This first sentence is rather long indeed. Short.", 3))
                .isEqualTo("This first sentence is rather long indeed.");
    }
}
