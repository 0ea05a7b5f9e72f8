package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import java.util.ArrayList;
import java.util.List;

/** Shortening text to a number of columns. */
final class Fit {
    private static final String ELLIPSIS = "…";

    private Fit() {
    }

    /** {@code text} on one line, cut with an ellipsis when wider than {@code width}. */
    static String to(String text, int width) {
        String line = Visible.text(text.replace('\n', ' '));
        if (CellWidth.of(line) <= width) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (String cluster : CellWidth.clusters(line)) {
            int w = CellWidth.ofCluster(cluster);
            if (used + w > width - 1) {
                break;
            }
            out.append(cluster);
            used += w;
        }
        return out + ELLIPSIS;
    }

    /** Pads with spaces on the left to {@code width} columns. */
    static String right(String text, int width) {
        int pad = width - CellWidth.of(text);
        return pad > 0 ? " ".repeat(pad) + text : text;
    }

    /** Key hints ("Enter study") that fit in {@code width}, in order, two spaces apart. */
    static List<Span> hints(List<Hint> hints, int width) {
        List<Span> out = new ArrayList<>();
        int used = 0;
        for (Hint h : hints) {
            int w = CellWidth.of(h.key()) + (h.label().isEmpty() ? 0 : 1 + CellWidth.of(h.label()));
            int gap = out.isEmpty() ? 0 : 2;
            if (used + gap + w > width) {
                continue;
            }
            if (gap > 0) {
                out.add(new Span("  ", Style.NORMAL));
            }
            out.add(new Span(h.key(), Style.KEY));
            if (!h.label().isEmpty()) {
                out.add(new Span(" " + h.label(), Style.QUIET));
            }
            used += gap + w;
        }
        return out;
    }

    /** A key and what it does, for footers and help. */
    record Hint(String key, String label) {
    }
}
