package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * An editable line of text with a cursor, kept at grapheme cluster boundaries. Keys arrive one
 * char at a time, so an emoji's two surrogates are joined here before they are inserted.
 * Drawn hard-wrapped (the cursor is always on screen), the cursor as a reversed cell.
 */
final class TextField {
    private final List<String> clusters = new ArrayList<>();
    private int cursor;
    private char pendingHighSurrogate;

    TextField(String text) {
        clusters.addAll(CellWidth.clusters(text));
        cursor = clusters.size();
    }

    String text() {
        return String.join("", clusters);
    }

    boolean isEmpty() {
        return clusters.isEmpty();
    }

    /** Applies an editing key; returns false when the key is not one (the page handles it). */
    boolean onKey(KeyStroke key) {
        if (Keys.isTyped(key)) {
            type(key.getCharacter());
            return true;
        }
        switch (key.getKeyType()) {
            case Backspace -> {
                if (cursor > 0) {
                    clusters.remove(--cursor);
                }
            }
            case Delete -> {
                if (cursor < clusters.size()) {
                    clusters.remove(cursor);
                }
            }
            case ArrowLeft -> cursor = Math.max(0, cursor - 1);
            case ArrowRight -> cursor = Math.min(clusters.size(), cursor + 1);
            case Home -> cursor = 0;
            case End -> cursor = clusters.size();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void type(char c) {
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = c;
            return;
        }
        String typed;
        if (Character.isLowSurrogate(c)) {
            if (pendingHighSurrogate == 0) {
                return;
            }
            typed = new String(new char[]{pendingHighSurrogate, c});
        } else {
            typed = String.valueOf(c);
        }
        pendingHighSurrogate = 0;
        if (Character.getType(typed.codePointAt(0)) == Character.NON_SPACING_MARK && cursor > 0) {
            // a combining mark joins the letter before it
            String joined = Normalizer.normalize(clusters.get(cursor - 1) + typed, Normalizer.Form.NFC);
            clusters.set(cursor - 1, joined);
            return;
        }
        clusters.add(cursor++, typed);
    }

    /** The text in lines of at most {@code width} columns, with the cursor shown when {@code focused}. */
    List<List<Span>> lines(int width, Style style, boolean focused) {
        int w = Math.max(2, width);
        List<List<Span>> out = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        int col = 0;
        for (int i = 0; i <= clusters.size(); i++) {
            boolean atCursor = focused && i == cursor;
            String cluster = i < clusters.size() ? clusters.get(i) : (atCursor ? " " : null);
            if (cluster == null) {
                break;
            }
            int cw = Math.max(1, CellWidth.ofCluster(cluster));
            if (col + cw > w) {
                out.add(line);
                line = new ArrayList<>();
                col = 0;
            }
            line.add(new Span(cluster, atCursor ? Style.CURSOR : style));
            col += cw;
        }
        out.add(line);
        return out;
    }

    /** The row (of {@link #lines}) the cursor is on. */
    int cursorLine(int width) {
        List<List<Span>> lines = lines(width, Style.NORMAL, true);
        for (int i = 0; i < lines.size(); i++) {
            for (Span s : lines.get(i)) {
                if (s.style() == Style.CURSOR) {
                    return i;
                }
            }
        }
        return lines.size() - 1;
    }
}
