package dev.gloss.study;

import dev.gloss.schedule.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerCheckTest {

    @ParameterizedTest(name = "\"{1}\" for \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Paris|paris",
            "Résumé|resume",
            "Crème brûlée|creme brulee",
            "Fine-Tuning|fine tuning",
            "Fine-Tuning|finetuning",
            "don't|dont",
            "  Large   Language Model |large language model",
            "Straße|STRASSE",
            "e.g.|eg",
    })
    void caseAccentsPunctuationAndSpacingDoNotCount(String answer, String typed) {
        AnswerCheck c = AnswerCheck.of(answer, typed);
        assertThat(c.verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(c.proposedRating()).isEqualTo(Rating.GOOD);
    }

    @ParameterizedTest(name = "\"{1}\" for \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "receive|recieve",          // swapped neighbours: one edit
            "Tokenization|Tokenisation",
            "Reinforcement Learning|Reinforcment Learning",
            "Attention|Atention",
    })
    void smallTyposAreCloseAndProposeHard(String answer, String typed) {
        AnswerCheck c = AnswerCheck.of(answer, typed);
        assertThat(c.verdict()).isEqualTo(Verdict.CLOSE);
        assertThat(c.proposedRating()).isEqualTo(Rating.HARD);
    }

    @ParameterizedTest(name = "\"{1}\" for \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "cat|cut",            // three letters: no typo allowed
            "Attention|Embedding",
            "Paris|",
            "日本|日木",
    })
    void otherAnswersAreWrongAndProposeAgain(String answer, String typed) {
        AnswerCheck c = AnswerCheck.of(answer, typed == null ? "" : typed);
        assertThat(c.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(c.proposedRating()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void theToleranceGrowsWithTheLengthOfTheAnswer() {
        assertThat(AnswerCheck.tolerance(3)).isZero();
        assertThat(AnswerCheck.tolerance(7)).isEqualTo(1);
        assertThat(AnswerCheck.tolerance(12)).isEqualTo(2);
        assertThat(AnswerCheck.tolerance(40)).isEqualTo(6);
    }

    @Test
    void partsInParenthesesAndAlternativesAfterSemicolonsAreAccepted() {
        assertThat(AnswerCheck.of("Large Language Model (LLM)", "LLM").verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(AnswerCheck.of("Large Language Model (LLM)", "large language model").verdict())
                .isEqualTo(Verdict.RIGHT);
        assertThat(AnswerCheck.of("to eat; to consume", "to consume").verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(AnswerCheck.acceptedForms("Large Language Model (LLM)"))
                .containsExactly("Large Language Model (LLM)", "LLM", "Large Language Model");
    }

    @Test
    void accentsOfOtherScriptsStayMeaningful() {
        // か and が differ by a combining mark in NFD; they are different syllables
        assertThat(AnswerCheck.of("が", "か").verdict()).isEqualTo(Verdict.WRONG);
        assertThat(AnswerCheck.normalize("Ångström")).isEqualTo("angstrom");
        assertThat(AnswerCheck.normalize("e\u0301te\u0301")).isEqualTo("ete");
    }

    @Test
    void theDiffShowsExtraAndMissingLettersInTheExpectedSpelling() {
        AnswerCheck c = AnswerCheck.of("receive", "recieve");
        assertThat(render(c.diff())).isEqualTo("rec[-i-]e{+i+}ve");
        assertThat(render(AnswerCheck.of("Résumé", "resume").diff())).isEqualTo("Résumé");
        assertThat(render(AnswerCheck.of("Paris", "").diff())).isEqualTo("{+Paris+}");
        assertThat(render(AnswerCheck.of("cat", "cut").diff())).isEqualTo("c[-u-]{+a+}t");
    }

    @Test
    void theDiffKeepsEmojiAndWideCharactersWhole() {
        AnswerCheck c = AnswerCheck.of("日本🙂", "日🙂");
        assertThat(render(c.diff())).isEqualTo("日{+本+}🙂");
    }

    @Test
    void typeableAnswersAreShort() {
        assertThat(AnswerCheck.typeable("Attention")).isTrue();
        assertThat(AnswerCheck.typeable("A system in which a language model repeatedly decides what to do next, "
                + "calls tools or takes actions")).isFalse();
        assertThat(AnswerCheck.typeable("...")).isFalse();
    }

    @Test
    void escapeSequencesInTypedTextAreDropped() {
        AnswerCheck c = AnswerCheck.of("Paris", "\u001b[31mParis");
        assertThat(c.verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(c.typed()).isEqualTo("Paris");
    }

    static String render(List<DiffPart> diff) {
        return diff.stream().map(p -> switch (p.kind()) {
            case SAME -> p.text();
            case EXTRA -> "[-" + p.text() + "-]";
            case MISSING -> "{+" + p.text() + "+}";
        }).collect(Collectors.joining());
    }
}
