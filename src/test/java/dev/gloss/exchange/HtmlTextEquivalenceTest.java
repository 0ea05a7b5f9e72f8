package dev.gloss.exchange;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick path for simple markup gives exactly the text the jsoup path gives, for any mix of fragments. */
class HtmlTextEquivalenceTest {
    private static final List<String> FRAGMENTS = List.of(
            "<b>", "</b>", "<i>", "</i>", "<u>", "</u>", "<span style=\"color: red\">", "</span>", "<font color='x'>",
            "</font>", "<div>", "</div>", "<p>", "</p>", "<h2>", "</h2>", "<blockquote>", "</blockquote>", "<br>",
            "<br/>", "<br />", "<BR>", "<img src=\"a b.png\">", "<img src='c&amp;d.jpg' alt=\"\"/>", "&amp;", "&lt;",
            "&gt;", "&quot;", "&nbsp;", "&#233;", "&#x1F600;", "&#150;", "&hellip;", "&amp", " ", "  ", "\n", "\t",
            "text", "日本語", "مرحبا", "[sound:x.mp3]", "a > b", "<ul>", "<li>", "</li>", "</ul>", "<!-- c -->",
            "</div >", "<hr id=answer>", "\r\n", "<div style=\"display:none\">");

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(14).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void quickPathAgreesWithJsoup(@ForAll("markup") String html) {
        assertThat(HtmlText.toText(html)).as(html).isEqualTo(HtmlText.withJsoup(html, UnaryOperator.identity()));
    }

    private static final List<String> ATOMS = List.of("text", " ", "\n", "日本語 🙂", "&amp;", "&nbsp;", "&#233;", "<br>",
            "<img src=\"p.png\">", "[sound:s.mp3]", "  two  spaces ", "مرحبا");
    private static final List<String> TAGS = List.of("b", "i", "u", "span", "div", "p", "h3", "blockquote", "em");

    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> atom = Arbitraries.of(ATOMS);
        Arbitrary<String> wrapped = net.jqwik.api.Combinators.combine(Arbitraries.of(TAGS), atom.list().ofMaxSize(4))
                .as((tag, inner) -> "<" + tag + ">" + String.join("", inner) + "</" + tag + ">");
        return Arbitraries.oneOf(atom, wrapped).list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void wellFormedMarkupTakesTheQuickPathAndAgrees(@ForAll("wellFormed") String html) {
        assertThat(HtmlText.isSimpleMarkup(html)).as(html).isTrue();
        assertThat(HtmlText.toText(html)).as(html).isEqualTo(HtmlText.withJsoup(html, UnaryOperator.identity()));
    }
}
