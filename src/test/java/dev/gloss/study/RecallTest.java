package dev.gloss.study;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RecallTest {
    private static final String AGENT = "A system in which a language model repeatedly decides what to do next, "
            + "calls tools or takes actions, observes the results, and keeps going until it reaches a goal.";

    @Test
    void theKeyWordsTypedAreMarkedInTheAnswer() {
        Recall r = Recall.of(AGENT, "a model that decide and call tool in a loop until the goal");
        assertThat(r.found()).containsExactly("model", "decides", "calls", "tools", "until", "goal");
        String marked = r.answer().stream().map(run -> run.typed() ? "[" + run.text() + "]" : run.text())
                .collect(Collectors.joining());
        assertThat(marked).startsWith("A system in which a language [model] repeatedly [decides] what to do next, "
                + "[calls] [tools] or");
        assertThat(marked.replaceAll("[\\[\\]]", "")).isEqualTo(AGENT);
    }

    @Test
    void shortAndCommonWordsAreNotKeyWords() {
        assertThat(Recall.isKeyWord("the")).isFalse();
        assertThat(Recall.isKeyWord("which")).isFalse();
        assertThat(Recall.isKeyWord("model")).isTrue();
        assertThat(Recall.isKeyWord("3d")).isTrue();
        assertThat(Recall.of(AGENT, "").keyWords()).isEqualTo(17);
    }

    @Test
    void wordsMatchAcrossEndingsAndOneTypo() {
        assertThat(Recall.sameWord("observe", "observes")).isTrue();
        assertThat(Recall.sameWord("reslts", "results")).isTrue();
        assertThat(Recall.sameWord("call", "calls")).isTrue();
        assertThat(Recall.sameWord("deciding", "decides")).isTrue();
        assertThat(Recall.sameWord("model", "modern")).isFalse();
        assertThat(Recall.sameWord("train", "trait")).isFalse();
    }
}
