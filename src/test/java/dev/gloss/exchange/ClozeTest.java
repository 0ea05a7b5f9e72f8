package dev.gloss.exchange;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClozeTest {
    @Test
    void numbersAreTheOnesUsed() {
        assertThat(Cloze.numbers("{{c1::a}} {{c3::b}} {{c3::c}}")).containsExactly(1, 3);
        assertThat(Cloze.numbers("{{c1,2::shared}}")).containsExactly(1, 2);
        assertThat(Cloze.numbers("{{c1::outer {{c4::inner}}}}")).containsExactly(1, 4);
        assertThat(Cloze.numbers("{{c::x}} {{cx::y}} {c1::z} {{c1::never closed")).isEmpty();
    }

    @Test
    void theQuestionBlanksOnlyTheCardsOwnDeletion() {
        assertThat(Cloze.render("{{c1::Paris}} is in {{c2::France}}", 1, false)).isEqualTo("[...] is in France");
        assertThat(Cloze.render("{{c1::Paris}} is in {{c2::France::country}}", 2, false))
                .isEqualTo("Paris is in [country]");
        assertThat(Cloze.render("{{c1,2::both}} {{c2::two}}", 2, false)).isEqualTo("[...] [...]");
    }

    @Test
    void theAnswerShowsEveryDeletion() {
        assertThat(Cloze.render("{{c1::Paris::city}} is in {{c2::France}}", 1, true)).isEqualTo("Paris is in France");
        assertThat(Cloze.render("{{c1::outer {{c2::inner}} end}}", 2, false)).isEqualTo("outer [...] end");
    }

    @Test
    void htmlInsideDeletionsIsKept() {
        assertThat(Cloze.render("{{c1::<b>bold</b>}} text", 2, false)).isEqualTo("<b>bold</b> text");
    }
}
