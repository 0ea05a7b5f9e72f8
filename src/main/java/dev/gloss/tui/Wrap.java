package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import dev.gloss.deck.PlainText;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping by display width: lines break at spaces, between wide (CJK) characters, and at
 * line breaks; a word longer than the width is cut by grapheme cluster. Styles are kept, and
 * escape sequences and control characters are dropped first ({@link PlainText#safe}).
 */
final class Wrap {
    private Wrap() {
    }

    private record Atom(String cluster, Style style, int width) {
        boolean isSpace() {
            return cluster.equals(" ");
        }

        boolean isBreak() {
            return cluster.equals("\n");
        }
    }

    static List<List<Span>> lines(String text, Style style, int width) {
        return lines(List.of(new Span(text, style)), width);
    }

    static List<List<Span>> lines(List<Span> spans, int width) {
        int w = Math.max(1, width);
        List<List<Atom>> words = words(spans);
        List<List<Span>> out = new ArrayList<>();
        List<Atom> line = new ArrayList<>();
        int col = 0;
        boolean continuation = false;
        for (List<Atom> word : words) {
            Atom first = word.get(0);
            if (first.isBreak()) {
                out.add(spans(line));
                line = new ArrayList<>();
                col = 0;
                continuation = false;
                continue;
            }
            int ww = word.stream().mapToInt(Atom::width).sum();
            if (first.isSpace()) {
                if (col == 0 && continuation) {
                    continue;
                }
                if (col + ww <= w) {
                    line.addAll(word);
                    col += ww;
                } else {
                    out.add(spans(line));
                    line = new ArrayList<>();
                    col = 0;
                    continuation = true;
                }
                continue;
            }
            if (col + ww <= w) {
                line.addAll(word);
                col += ww;
                continue;
            }
            if (col > 0) {
                out.add(spans(line));
                line = new ArrayList<>();
                col = 0;
                continuation = true;
            }
            for (Atom a : word) {
                if (col + a.width() > w && col > 0) {
                    out.add(spans(line));
                    line = new ArrayList<>();
                    col = 0;
                }
                line.add(a);
                col += a.width();
            }
        }
        out.add(spans(line));
        return out;
    }

    /** Splits into words, runs of spaces, single line breaks, and single wide characters. */
    private static List<List<Atom>> words(List<Span> spans) {
        List<List<Atom>> words = new ArrayList<>();
        List<Atom> current = new ArrayList<>();
        int kind = -1; // 0 word, 1 spaces
        for (Span span : spans) {
            for (String cluster : CellWidth.clusters(PlainText.safe(span.text()))) {
                Atom atom = new Atom(cluster, span.style(), cluster.equals("\n") ? 0 : CellWidth.ofCluster(cluster));
                boolean standsAlone = atom.isBreak() || atom.width() == 2;
                int atomKind = atom.isSpace() ? 1 : 0;
                if (standsAlone || atomKind != kind) {
                    if (!current.isEmpty()) {
                        words.add(current);
                    }
                    current = new ArrayList<>();
                    kind = standsAlone ? -1 : atomKind;
                }
                current.add(atom);
                if (standsAlone) {
                    words.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) {
            words.add(current);
        }
        return words;
    }

    /** A line's atoms merged back into spans, trailing spaces dropped. */
    private static List<Span> spans(List<Atom> line) {
        int end = line.size();
        while (end > 0 && line.get(end - 1).isSpace()) {
            end--;
        }
        List<Span> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Style style = null;
        for (int i = 0; i < end; i++) {
            Atom a = line.get(i);
            if (a.style() != style && text.length() > 0) {
                out.add(new Span(text.toString(), style));
                text.setLength(0);
            }
            style = a.style();
            text.append(a.cluster());
        }
        if (text.length() > 0) {
            out.add(new Span(text.toString(), style));
        }
        return out;
    }
}
