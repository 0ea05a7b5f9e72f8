package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gloss.store.DeckSummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure pieces of the layout: widths, wrapping, fitting, the text field, the deck tree. */
class TextLayoutTest {

    private static List<String> wrap(String text, int width) {
        return Wrap.lines(text, Style.NORMAL, width).stream()
                .map(line -> line.stream().map(Span::text).collect(Collectors.joining()))
                .collect(Collectors.toList());
    }

    @Test
    void widthsFollowTheTerminal() {
        assertThat(CellWidth.of("abc")).isEqualTo(3);
        assertThat(CellWidth.of("日本")).isEqualTo(4);
        assertThat(CellWidth.of("🙂")).isEqualTo(2);
        assertThat(CellWidth.of("☕")).isEqualTo(2);      // an emoji in the BMP, wide on terminals
        assertThat(CellWidth.of("❤\uFE0F")).isEqualTo(2); // emoji presentation
        assertThat(CellWidth.of("مرحبا")).isEqualTo(5);
        assertThat(CellWidth.of("q\u0303")).isEqualTo(1); // a letter with a combining mark NFC cannot join
        assertThat(CellWidth.clusters("e\u0301🙂x")).containsExactly("e\u0301", "🙂", "x");
    }

    @Test
    void textWrapsAtSpacesAndCutsOnlyWordsLongerThanALine() {
        assertThat(wrap("the quick brown fox jumps", 10)).containsExactly("the quick", "brown fox", "jumps");
        assertThat(wrap("internationalisation is long", 8)).containsExactly("internat", "ionalisa", "tion is", "long");
        assertThat(wrap("one\ntwo  three", 20)).containsExactly("one", "two  three");
        assertThat(wrap("日本語の文章です", 7)).containsExactly("日本語", "の文章", "です");
        assertThat(wrap("", 10)).containsExactly("");
    }

    @Test
    void wrappingKeepsStylesAndDropsEscapes() {
        List<List<Span>> lines = Wrap.lines(List.of(new Span("red \u001b[31mword", Style.WRONG), new Span(" ok", Style.RIGHT)), 40);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).containsExactly(new Span("red word", Style.WRONG), new Span(" ok", Style.RIGHT));
    }

    @Test
    void visibleTextShowsStrayControlsAsSymbols() {
        assertThat(Visible.text("a\u001b[31mb")).isEqualTo("ab");
        assertThat(Visible.text("line\nbreak")).isEqualTo("line\u240Abreak");
        assertThat(Utf8UnixTerminal.printableOnly("a\u001bb\u009bc🙂")).isEqualTo("abc🙂");
    }

    @Test
    void fittingCutsWithAnEllipsisByColumns() {
        assertThat(Fit.to("Languages::Spanish", 10)).isEqualTo("Languages…");
        assertThat(Fit.to("日本語日本語", 7)).isEqualTo("日本語…");
        assertThat(Fit.to("short", 10)).isEqualTo("short");
        assertThat(Fit.right("7", 4)).isEqualTo("   7");
    }

    @Test
    void theTextFieldEditsByCharacterAndJoinsSurrogates() {
        TextField f = new TextField("");
        for (char c : "Berln".toCharArray()) {
            f.onKey(new KeyStroke(c, false, false));
        }
        f.onKey(new KeyStroke(KeyType.ArrowLeft));
        f.onKey(new KeyStroke('i', false, false));
        f.onKey(new KeyStroke(KeyType.End));
        f.onKey(new KeyStroke('\uD83D', false, false));
        f.onKey(new KeyStroke('\uDE42', false, false));
        assertThat(f.text()).isEqualTo("Berlin🙂");
        f.onKey(new KeyStroke(KeyType.Backspace));
        assertThat(f.text()).isEqualTo("Berlin");
        f.onKey(new KeyStroke('e', false, false));
        f.onKey(new KeyStroke('\u0301', false, false)); // a dead-key accent typed after its letter
        assertThat(f.text()).isEqualTo("Berliné");
        assertThat(f.onKey(new KeyStroke(KeyType.Enter))).isFalse();
        assertThat(f.onKey(new KeyStroke('u', true, false))).isFalse();
    }

    @Test
    void theTextFieldWrapsAndShowsItsCursor() {
        TextField f = new TextField("abcdef");
        List<List<Span>> lines = f.lines(4, Style.NORMAL, true);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).containsExactly(new Span("e", Style.NORMAL), new Span("f", Style.NORMAL),
                new Span(" ", Style.CURSOR));
        assertThat(f.cursorLine(4)).isEqualTo(1);
    }

    @Test
    void deckTreeNestsSubDecksAndAddsParentsThatAreOnlyAPrefix() {
        List<DeckSummary> decks = List.of(
                new DeckSummary(1, "Lang::Spanish", "", 3, 1, 2, 10, 5, 0),
                new DeckSummary(2, "Lang::French::Verbs", "", 1, 0, 1, 4, 2, 0),
                new DeckSummary(3, "Lang::French", "", 2, 0, 3, 6, 3, 0),  // its counts include Verbs
                new DeckSummary(4, "Alpha", "", 4, 0, 0, 4, 4, 0));
        List<DeckTree.Row> rows = DeckTree.rows(decks);
        assertThat(rows).extracting(r -> "  ".repeat(r.depth()) + r.label() + " " + r.newToday() + "/" + r.learning()
                + "/" + r.due()).containsExactly(
                "All decks 9/1/5",
                "Alpha 4/0/0",
                "Lang 5/1/5",
                "  French 2/0/3",
                "    Verbs 1/0/1",
                "  Spanish 3/1/2");
        assertThat(rows.get(0).deck()).isNull();
        assertThat(rows.get(2).deck()).isEqualTo("Lang");
    }

    @Test
    void ratingsGoOnTwoLinesWhenNarrowAndCompactWhenNarrower() {
        java.util.Map<dev.gloss.schedule.Rating, String> iv = new java.util.EnumMap<>(dev.gloss.schedule.Rating.class);
        iv.put(dev.gloss.schedule.Rating.AGAIN, "1m");
        iv.put(dev.gloss.schedule.Rating.HARD, "6m");
        iv.put(dev.gloss.schedule.Rating.GOOD, "10m");
        iv.put(dev.gloss.schedule.Rating.EASY, "8d");
        assertThat(StudyView.ratingLines(iv, null, 60)).hasSize(1);
        assertThat(StudyView.ratingLines(iv, null, 38)).hasSize(2);
        List<List<Span>> compact = StudyView.ratingLines(iv, null, 21);
        assertThat(compact).hasSize(1);
        assertThat(compact.get(0).stream().map(Span::text).collect(Collectors.joining())).isEqualTo("1:1m 2:6m 3:10m 4:8d");
    }
}
