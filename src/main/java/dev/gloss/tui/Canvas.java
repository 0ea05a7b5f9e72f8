package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a page draws: text placed cluster by cluster with terminal widths, clipped to the
 * window, made visible-only ({@link Visible}) on the way. Glyphs are cached per cluster and
 * style, as the same letters are drawn on every frame.
 */
final class Canvas {
    private final TextGraphics graphics;
    private final TerminalSize size;
    private final Palette palette;
    private final Map<GlyphKey, TextCharacter> glyphs;

    record GlyphKey(String cluster, Style style) {
    }

    Canvas(TextGraphics graphics, TerminalSize size, Palette palette, Map<GlyphKey, TextCharacter> glyphs) {
        this.graphics = graphics;
        this.size = size;
        this.palette = palette;
        this.glyphs = glyphs;
    }

    static Map<GlyphKey, TextCharacter> newGlyphCache() {
        return new HashMap<>();
    }

    int width() {
        return size.getColumns();
    }

    int height() {
        return size.getRows();
    }

    /** Draws {@code text} from {@code col} on {@code row}, up to the right edge; returns the column after it. */
    int put(int col, int row, String text, Style style) {
        return put(col, row, text, style, width());
    }

    /** Draws {@code text} from {@code col}, stopping before column {@code limit}; returns the column after it. */
    int put(int col, int row, String text, Style style, int limit) {
        if (row < 0 || row >= height()) {
            return col;
        }
        int end = Math.min(limit, width());
        int c = col;
        for (String cluster : CellWidth.clusters(Visible.text(text))) {
            int w = CellWidth.ofCluster(cluster);
            if (c + w > end) {
                break;
            }
            if (c >= 0) {
                graphics.setCharacter(c, row, glyph(cluster, style));
            }
            c += w;
        }
        return c;
    }

    /** Draws a line of spans from {@code col}; returns the column after it. */
    int put(int col, int row, List<Span> line) {
        int c = col;
        for (Span s : line) {
            c = put(c, row, s.text(), s.style());
        }
        return c;
    }

    /** Draws {@code text} so that it ends at the right edge. */
    void putRight(int row, String text, Style style) {
        put(Math.max(0, width() - CellWidth.of(Visible.text(text))), row, text, style);
    }

    /** Paints a whole row in a style (e.g. the selected row), with spaces. */
    void fillRow(int row, Style style) {
        for (int c = 0; c < width(); c++) {
            graphics.setCharacter(c, row, glyph(" ", style));
        }
    }

    private TextCharacter glyph(String cluster, Style style) {
        return glyphs.computeIfAbsent(new GlyphKey(cluster, style), k -> Glyph.of(k.cluster(), palette.of(k.style())));
    }
}
