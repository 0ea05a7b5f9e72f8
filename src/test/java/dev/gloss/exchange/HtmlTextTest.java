package dev.gloss.exchange;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {
    @Test
    void entitiesAreDecodedAndTagsGo() {
        assertThat(HtmlText.toText("<b>Bold</b> &amp; <i>it</i>&nbsp;&lt;3 &#x41;&#66;")).isEqualTo("Bold & it <3 AB");
    }

    @Test
    void breaksAndBlocksBecomeLines() {
        assertThat(HtmlText.toText("one<br>two<div>three</div><div><br></div><div>four</div>"))
                .isEqualTo("one\ntwo\nthree\n\nfour");
        assertThat(HtmlText.toText("<h1>Title</h1><p>Para</p><blockquote>quote</blockquote>"))
                .isEqualTo("Title\nPara\nquote");
    }

    @Test
    void listsBecomeBulletsOrNumbers() {
        assertThat(HtmlText.toText("<ul><li>a</li><li>b <ol><li>x</li><li>y</li></ol></li></ul>"))
                .isEqualTo("• a\n• b\n1. x\n2. y");
    }

    @Test
    void mediaBecomesNamedPlaceholders() {
        assertThat(HtmlText.toText("<img src=\"a b.png\"> [sound:hi.mp3]<audio src=\"x.ogg\"></audio>"))
                .isEqualTo("[image: a b.png] [audio: hi.mp3][audio: x.ogg]");
        assertThat(HtmlText.toText("<img src='a.png'>", name -> "renamed-" + name)).isEqualTo("[image: renamed-a.png]");
    }

    @Test
    void scriptsStylesAndCommentsVanish() {
        assertThat(HtmlText.toText("<style>.x{}</style>keep<script>evil()</script><!-- note -->")).isEqualTo("keep");
    }

    @Test
    void whiteSpaceCollapsesAsInABrowserButPreIsKept() {
        assertThat(HtmlText.toText("  a \n  b\t c  ")).isEqualTo("a b c");
        assertThat(HtmlText.toText("<pre>x  y\n  z</pre>")).isEqualTo("x  y\n  z");
    }

    @Test
    void tableCellsAreSeparated() {
        assertThat(HtmlText.toText("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"))
                .isEqualTo("a | b\nc | d");
    }

    @Test
    void blankMeansNothingShows() {
        assertThat(HtmlText.isBlank("<div><br></div>&nbsp;")).isTrue();
        assertThat(HtmlText.isBlank("<img src=x.png>")).isFalse();
    }

    @Test
    void hiddenElementsStayHidden() {
        assertThat(HtmlText.toText("shown<div style=\"display: none\">{{c1::hidden}}</div><span style='DISPLAY:none'>x</span>"))
                .isEqualTo("shown");
    }
}
