package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import java.util.List;

/** A run of text in one style. */
record Span(String text, Style style) {

    static Span of(String text) {
        return new Span(text, Style.NORMAL);
    }

    static List<Span> line(String text, Style style) {
        return List.of(new Span(text, style));
    }

    static int width(List<Span> line) {
        int w = 0;
        for (Span s : line) {
            w += CellWidth.of(s.text());
        }
        return w;
    }
}
