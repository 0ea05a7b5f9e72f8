package dev.gloss.exchange;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnkiTemplateTest {
    private static final Map<String, String> SPECIALS = Map.of("Tags", "t1 t2", "Deck", "A::B", "Subdeck", "B",
            "Card", "Card 1", "Type", "Basic");

    private static String question(String template, Map<String, String> fields) {
        return AnkiTemplate.render(template, new AnkiTemplate.Context(fields, 0, false, "", SPECIALS));
    }

    private static String answer(String template, Map<String, String> fields, String front) {
        return AnkiTemplate.render(template, new AnkiTemplate.Context(fields, 0, true, front, SPECIALS));
    }

    @Test
    void fieldsAndSpecialsAreReplaced() {
        assertThat(question("{{Front}} / {{ Back }} / {{Tags}} / {{Deck}} / {{Subdeck}} / {{Card}} / {{Type}}",
                Map.of("Front", "f", "Back", "b"))).isEqualTo("f / b / t1 t2 / A::B / B / Card 1 / Basic");
    }

    @Test
    void sectionsShowOrHideByWhetherTheFieldHasContent() {
        String t = "{{#Extra}}[{{Extra}}]{{/Extra}}{{^Extra}}none{{/Extra}}";
        assertThat(question(t, Map.of("Extra", "x"))).isEqualTo("[x]");
        assertThat(question(t, Map.of("Extra", "<br>"))).isEqualTo("none");
        assertThat(question(t, Map.of())).isEqualTo("none");
        assertThat(question("{{#A}}{{#B}}ab{{/B}}{{/A}}", Map.of("A", "1", "B", "2"))).isEqualTo("ab");
    }

    @Test
    void fieldTextIsNeverReadAsTemplateAgain() {
        assertThat(question("{{Front}}", Map.of("Front", "{{Back}}", "Back", "secret"))).isEqualTo("{{Back}}");
    }

    @Test
    void filters() {
        Map<String, String> f = Map.of("F", "<b>x &amp; y</b>", "J", "日本[にほん]");
        assertThat(question("{{text:F}}", f)).isEqualTo("x &amp; y");
        assertThat(question("{{hint:F}}", f)).isEqualTo("<b>x &amp; y</b>");
        assertThat(question("{{type:F}}", f)).isEmpty();
        assertThat(answer("{{type:F}}", f, "")).isEqualTo("<b>x &amp; y</b>");
        assertThat(question("{{tts en_US:F}}", f)).isEmpty();
        assertThat(question("{{furigana:J}}|{{kanji:J}}|{{kana:J}}", f)).isEqualTo("日本(にほん)|日本|にほん");
    }

    @Test
    void frontSideOnlyOnTheAnswer() {
        assertThat(question("{{FrontSide}}q", Map.of())).isEqualTo("q");
        assertThat(answer("{{FrontSide}}<hr id=answer>a", Map.of(), "Q")).isEqualTo("Q<hr id=answer>a");
    }

    @Test
    void theAnswerPartFollowsTheRule() {
        assertThat(AnkiNotes.answerOnly("Q\n\n<hr id=answer>\n\nA", "Q")).isEqualTo("\n\nA");
        assertThat(AnkiNotes.answerOnly("Q<HR ID=\"answer\">A", "Q")).isEqualTo("A");
        assertThat(AnkiNotes.answerOnly("Q then A", "Q")).isEqualTo(" then A");
        assertThat(AnkiNotes.answerOnly("only A", "Q")).isEqualTo("only A");
    }
}
