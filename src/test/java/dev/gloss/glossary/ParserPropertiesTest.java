package dev.gloss.glossary;

import dev.gloss.deck.Card;
import dev.gloss.deck.Deck;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the input, the parsers do not throw and every card they produce is well formed. */
class ParserPropertiesTest {

    @Property(tries = 200)
    void anyTextParsesWithoutThrowing(@ForAll @StringLength(max = 2000) String text) {
        for (String name : List.of("page.txt", "page.md", "page.html")) {
            assertWellFormed(text, name);
        }
    }

    @Property(tries = 200)
    void htmlLikeFragmentsParseIntoWellFormedCards(@ForAll("htmlish") String html) {
        assertWellFormed(html, "page.html");
    }

    @Property(tries = 200)
    void markdownLikeFragmentsParseIntoWellFormedCards(@ForAll("markdownish") String markdown) {
        assertWellFormed(markdown, "page.md");
    }

    @Property(tries = 200)
    void plainTextLikeFragmentsParseIntoWellFormedCards(@ForAll("plainish") String text) {
        assertWellFormed(text, "page.txt");
    }

    /** Pages of a real shape with arbitrary text in every slot, so that cards do get made. */
    @Property(tries = 200)
    void realShapedPagesWithArbitraryTextGiveWellFormedCards(@ForAll("shaped") String[] page) {
        assertWellFormed(page[0], page[1]);
    }

    @Property(tries = 200)
    void trimmingKeepsWholeSentencesOnly(@ForAll("prose") String text) {
        String trimmed = Sentences.trim(text, 12);
        String whole = TextCleanup.oneLine(text);

        assertThat(whole).startsWith(trimmed);
        assertThat(trimmed.isEmpty() || whole.length() == trimmed.length() || whole.charAt(trimmed.length()) == ' ')
                .as("cut inside a word: '%s' from '%s'", trimmed, whole).isTrue();
    }

    private static void assertWellFormed(String text, String name) {
        PageContent page = PageParser.parse(text, name);
        Deck deck = GlossaryDecks.deck("Property Deck", List.of(page));
        net.jqwik.api.statistics.Statistics.label("cards").collect(deck.cards().isEmpty() ? "none" : "some");
        for (Card card : deck.cards()) {
            for (String s : texts(card)) {
                assertThat(s).isNotBlank().isEqualTo(dev.gloss.deck.PlainText.oneLine(s));
                assertThat(s.chars().noneMatch(c -> c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))).isTrue();
            }
            if (!card.choices().isEmpty()) {
                assertThat(card.choices()).contains(card.back());
            }
        }
        assertThat(deck.cards()).extracting(Card::id).doesNotHaveDuplicates();
    }

    private static List<String> texts(Card card) {
        List<String> texts = new java.util.ArrayList<>(List.of(card.front(), card.back()));
        texts.addAll(card.choices());
        return texts;
    }

    private static Arbitrary<String> words() {
        return Arbitraries.oneOf(
                Arbitraries.of("model", "Model", "term", "is", "a", "the", "data", "Foundation", "e.g.", "3.5",
                        "J.", "vs.", "café", "naïve", "\u0000", "\u001b[31m", "\u202e", "\t", "&amp;", "&#x41;", "&bogus;",
                        "jobs", "salary", "$250K", "©", "chevron_right", "workBrowse", "arrow_forward", "?", ".", ":",
                        "—", "(", ")", "\"", "'", "LLM", "What", "What is", "Q:", "A:"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12));
    }

    private static Arbitrary<String> pieces(Arbitrary<String> markup, int max) {
        return Arbitraries.oneOf(markup, words(), words().map(w -> w + " "))
                .list().ofMaxSize(max).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> htmlish() {
        return pieces(Arbitraries.of("<html>", "<body>", "</body>", "<p>", "</p>", "<h1>", "</h1>", "<h2>", "</h2>",
                "<h3>", "<dl>", "<dt>", "</dt>", "<dd>", "</dd>", "</dl>", "<details>", "<summary>", "</summary>",
                "</details>", "<ul>", "<li>", "</li>", "<table><tr><td>", "</td><td>", "<strong>", "</strong>", "<br>",
                "<nav>", "<footer>", "<script>", "</script>", "<style>", "<!--", "-->", "<div class=\"nav\">", "</div>",
                "<span class=\"material-icons\">", "</span>", "<main>", "<article>",
                "<script type=\"application/ld+json\">", "{\"@type\":\"FAQPage\",\"mainEntity\":[",
                "{\"@type\":\"Question\",\"name\":\"", "\",\"acceptedAnswer\":{\"text\":\"", "\"}}", "]}",
                "{\"@type\":\"DefinedTerm\",\"name\":\"", "\",\"description\":\"", "<", ">", "&", "\"", "\n"), 80);
    }

    @Provide
    Arbitrary<String> markdownish() {
        return pieces(Arbitraries.of("# ", "## ", "### ", "\n", "\n\n", "**", "__", "*", "_", "`", "```", "- ", "* ",
                "1. ", "> ", "Q: ", "A: ", "**Q:** ", "**A:** ", "**Also known as:** ", "**Related terms:** ", "|",
                "| --- | --- |", "---", "===", ": ", "[", "](", ")", "![", "<details>", "<summary>", "</summary>",
                "</details>", "\\", "{#id}", "What is ", "?\n\n", ".\n\n"), 80);
    }

    @Provide
    Arbitrary<String> plainish() {
        return pieces(Arbitraries.of("\n", "\n\n", "  • ", "- ", "What is ", "?\n\n", ".\n\n", "Frequently Asked "
                + "Questions\n\n", "Related Terms\n\n", "Use Cases\n\n", "Salary Impact\n\n", "Homechevron_right",
                "arrow_forward\n", "© 2026 Site. All rights reserved.\n", "Q: ", "A: ", "    ", "\r\n", "\u00a0",
                "Track AI Skill Demand\n", "How X Works\n\n"), 80);
    }

    @Provide
    Arbitrary<String[]> shaped() {
        Arbitrary<String> slot = pieces(Arbitraries.of(" ", ".", "?", "**", "<b>", "&amp;", "\u0007", "\u00a0"), 12);
        Arbitrary<String> sentence = slot.map(s -> "The " + s.replace("\n", " ") + " is what it does here.");
        return Arbitraries.integers().between(0, 2).flatMap(kind -> slot.tuple4().flatMap(t -> sentence.tuple2()
                .map(s -> switch (kind) {
                    case 0 -> new String[] {"# Title " + t.get1() + "\n\n## " + t.get2() + "\n\n" + s.get1()
                            + "\n\n### " + t.get3() + "?\n\n" + s.get2() + "\n\n- **" + t.get4() + "**: " + s.get1()
                            + "\n\n## Other " + t.get1() + "\n\n" + s.get2() + "\n", "page.md"};
                    case 1 -> new String[] {"<html><body><h1>Glossary</h1><dl><dt>" + t.get1() + "</dt><dd>" + s.get1()
                            + "</dd><dt>" + t.get2() + "</dt><dd>" + s.get2() + "</dd><dt>" + t.get3() + "</dt><dd>"
                            + s.get1() + "</dd><dt>Fourth " + t.get4() + "</dt><dd>" + s.get2()
                            + "</dd></dl><details><summary>" + t.get4() + "?</summary><p>" + s.get1()
                            + "</p></details></body></html>", "page.html"};
                    default -> new String[] {"What is " + t.get1() + "?\n\n" + s.get1() + "\n\nFrequently Asked "
                            + "Questions\n\n" + t.get2() + "?\n\n" + s.get2() + "\n\nRelated Terms\n\n" + t.get3()
                            + "\n\n" + s.get1() + "\n", "page.txt"};
                })));
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of("A model is trained.", "It uses e.g. GPT-4 and Claude.", "Version 3.5 shipped.",
                        "J. Smith wrote it.", "Is it fast?", "Yes!", "The U.S. team agreed.", "Costs rose vs. last year.",
                        "Short.", "Words without an end", "Another sentence follows here with more words in it.")
                .list().ofMinSize(1).ofMaxSize(12).map(list -> String.join(" ", list));
    }
}
