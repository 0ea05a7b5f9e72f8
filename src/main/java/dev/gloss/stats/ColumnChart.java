package dev.gloss.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertical bar chart in text: one column per value, stacked from several series (bottom first), each series
 * drawn with its own block character, with a y axis and labels under chosen columns.
 */
final class ColumnChart {
    static final int HEIGHT = 8;
    private static final char[] SPARKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private ColumnChart() {
    }

    /**
     * @param stacks      per column, the value of each series, bottom series first
     * @param glyphs      per series, the character it is drawn with
     * @param labels      per column, a label to print under it (null for none)
     * @param columnWidth 1 or 2 characters per column (2 leaves a gap between bars)
     */
    static List<String> render(List<int[]> stacks, char[] glyphs, List<String> labels, int columnWidth) {
        return render(stacks, glyphs, labels, columnWidth, null);
    }

    /** A row of eighth blocks under the axis, one per column, scaled to its largest value, after a short label. */
    record Sparkline(String label, long[] values) {
    }

    static List<String> render(List<int[]> stacks, char[] glyphs, List<String> labels, int columnWidth,
                               Sparkline sparkline) {
        int max = 0;
        for (int[] s : stacks) {
            max = Math.max(max, sum(s));
        }
        String top = TextFormat.count(max);
        String middle = TextFormat.count((max + 1) / 2);
        int axis = Math.max(Math.max(top.length(), sparkline == null ? 0 : sparkline.label().length()), 1) + 1;
        List<String> lines = new ArrayList<>();
        for (int row = HEIGHT - 1; row >= 0; row--) {
            String label = row == HEIGHT - 1 ? top : row == HEIGHT / 2 - 1 && max > 1 ? middle : "";
            StringBuilder line = new StringBuilder(TextFormat.padLeft(label, axis - 1))
                    .append(label.isEmpty() ? " │" : " ┤");
            for (int[] stack : stacks) {
                line.append(cell(stack, glyphs, max, row));
                if (columnWidth > 1) {
                    line.append(' ');
                }
            }
            lines.add(stripRight(line));
        }
        lines.add(TextFormat.padLeft("0", axis - 1) + " └" + "─".repeat(stacks.size() * columnWidth));
        if (sparkline != null) {
            lines.add(stripRight(sparkLine(sparkline, axis, columnWidth)));
        }
        lines.add(stripRight(labelLine(labels, axis + 1, columnWidth)));
        return lines;
    }

    private static String sparkLine(Sparkline sparkline, int axis, int columnWidth) {
        long max = 0;
        for (long v : sparkline.values()) {
            max = Math.max(max, v);
        }
        StringBuilder line = new StringBuilder(TextFormat.padLeft(sparkline.label(), axis - 1)).append("  ");
        for (long v : sparkline.values()) {
            line.append(v <= 0 ? ' ' : SPARKS[(int) Math.max(1, Math.ceil(8.0 * v / max)) - 1]);
            if (columnWidth > 1) {
                line.append(' ');
            }
        }
        return line.toString();
    }

    /** The character of one column at one row (0 = bottom): the series whose stretch covers that row. */
    private static char cell(int[] stack, char[] glyphs, int max, int row) {
        int total = sum(stack);
        if (total == 0) {
            return ' ';
        }
        if (Math.round((double) total * HEIGHT / max) == 0) {
            return row == 0 ? '▁' : ' ';
        }
        int below = 0;
        for (int i = 0; i < stack.length; i++) {
            int cumulative = below + stack[i];
            long from = Math.round((double) below * HEIGHT / max);
            long to = Math.round((double) cumulative * HEIGHT / max);
            if (row >= from && row < to) {
                return glyphs[i];
            }
            below = cumulative;
        }
        return ' ';
    }

    private static String labelLine(List<String> labels, int indent, int columnWidth) {
        StringBuilder line = new StringBuilder(" ".repeat(indent));
        int free = indent;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            int at = indent + i * columnWidth;
            if (label == null || at < free) {
                continue;
            }
            while (line.length() < at) {
                line.append(' ');
            }
            line.append(label);
            free = at + label.length() + 1;
        }
        return line.toString();
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static String stripRight(CharSequence s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.subSequence(0, end).toString();
    }
}
