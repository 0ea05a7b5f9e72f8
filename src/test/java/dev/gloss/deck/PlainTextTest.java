package dev.gloss.deck;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {
    @Test
    void escapeSequencesOfEveryKindAreRemoved() {
        assertThat(PlainText.safe("a\u001b[1;31mred\u001b[0m b")).isEqualTo("ared b");
        assertThat(PlainText.safe("x\u001b]8;;http://evil\u0007link\u001b]8;;\u001b\\y")).isEqualTo("xlinky");
        assertThat(PlainText.safe("c1\u009b2Jcsi")).isEqualTo("c1csi");
        assertThat(PlainText.safe("dcs\u001bPq#0;2;0;0;0\u001b\\end")).isEqualTo("dcsend");
        assertThat(PlainText.safe("bell\u0007 back\b del\u007f")).isEqualTo("bell back del");
    }

    @Test
    void bidiOverridesGoButRightToLeftTextStays() {
        assertThat(PlainText.safe("\u202eabc\u202c مرحبا")).isEqualTo("abc مرحبا");
    }

    @Test
    void textIsNfcWithUnixLineBreaksAndNoTabs() {
        assertThat(PlainText.safe("e\u0301\r\nb\rc\td")).isEqualTo("é\nb\nc d");
    }

    @Test
    void wideCharactersAndEmojiAreKept() {
        assertThat(PlainText.clean("  日本語 🙂 👩‍💻  ")).isEqualTo("日本語 🙂 👩‍💻");
    }

    @Property
    void theResultNeverHoldsAControlCharacter(@ForAll String text) {
        String safe = PlainText.safe(text);
        assertThat(safe.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f)))).isEmpty();
        assertThat(safe).doesNotContain("\u001b");
    }

    @Property
    void cleaningIsIdempotent(@ForAll String text) {
        assertThat(PlainText.clean(PlainText.clean(text))).isEqualTo(PlainText.clean(text));
    }
}
