package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import com.googlecode.lanterna.TextCharacter;

/**
 * One screen cell holding a whole grapheme cluster, with the width terminals give it
 * ({@link CellWidth}) rather than Lanterna's guess. Lanterna 3.1.5 splits emoji into lone
 * surrogates when it draws strings (its issue #505), so text is placed cluster by cluster as
 * glyphs, and {@link Utf8UnixTerminal} writes each cluster's bytes whole.
 */
final class Glyph extends TextCharacter {
    private static final long serialVersionUID = 1L;

    private final boolean wide;

    // the copy constructor is deprecated, but it is the only way to keep Lanterna's cell and give it a width
    @SuppressWarnings("deprecation")
    private Glyph(TextCharacter character, boolean wide) {
        super(character);
        this.wide = wide;
    }

    /** A cell for {@code cluster} in {@code style}; the cluster must hold no control character. */
    static TextCharacter of(String cluster, Look look) {
        TextCharacter base = TextCharacter.fromString(cluster, look.foreground(), look.background(), look.modifiers())[0];
        boolean wide = CellWidth.ofCluster(cluster) == 2;
        return base.isDoubleWidth() == wide ? base : new Glyph(base, wide);
    }

    @Override
    public boolean isDoubleWidth() {
        return wide;
    }

    @Override
    public boolean equals(Object obj) {
        return super.equals(obj) && ((Glyph) obj).wide == wide;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + (wide ? 1 : 0);
    }
}
