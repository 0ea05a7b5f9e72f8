package dev.gloss.glossary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageFormatTest {

    @Test
    void htmlIsRecognisedByItsTagsWhateverTheFileIsCalled() {
        assertThat(PageFormat.detect("<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt"))
                .isEqualTo(PageFormat.HTML);
        assertThat(PageFormat.detect("<h2>Term</h2><p>Definition.</p><p>More.</p>", "notes")).isEqualTo(PageFormat.HTML);
    }

    @Test
    void markdownIsRecognisedByHeadingsBoldOrLinks() {
        assertThat(PageFormat.detect("# Glossary\n\n## Term\n\nDefinition.", "glossary.txt"))
                .isEqualTo(PageFormat.MARKDOWN);
        assertThat(PageFormat.detect("- **Term**: definition", "x")).isEqualTo(PageFormat.MARKDOWN);
        assertThat(PageFormat.detect("Title\n=====\n\nText.", "x")).isEqualTo(PageFormat.MARKDOWN);
    }

    @Test
    void plainTextIsTheRest() {
        assertThat(PageFormat.detect("What is X?\n\nX is a thing.\n\n  • a bullet\n", "page.md.txt"))
                .isEqualTo(PageFormat.PLAIN_TEXT);
        assertThat(PageFormat.detect("Homechevron_rightGlossary\n\n#1 ranked\n", "x")).isEqualTo(PageFormat.PLAIN_TEXT);
    }

    @Test
    void theExtensionOnlyBreaksTies() {
        assertThat(PageFormat.detect("Just a line of text.", "page.md")).isEqualTo(PageFormat.MARKDOWN);
        assertThat(PageFormat.detect("Just a line <b>of</b> text.", "page.html")).isEqualTo(PageFormat.HTML);
    }
}
