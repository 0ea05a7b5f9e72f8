package dev.gloss.tui;

import dev.gloss.stats.StatsReport;
import dev.gloss.stats.StatsText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stats report as screen lines: the sections of {@link StatsText} as panels, each under its heading and a rule,
 * in one column, or in pairs side by side when two panels of {@link #PANEL_WIDTH} fit. Sections without a heading
 * (the report's header, "no reviews yet") span the whole width.
 */
final class StatsPanels {
    /** Wide enough for the report's longest fixed lines (the charts and histograms stretch to any width). */
    static final int PANEL_WIDTH = 76;
    static final int GAP = 3;

    private StatsPanels() {
    }

    static int columns(int width) {
        return width >= 2 * PANEL_WIDTH + GAP ? 2 : 1;
    }

    /** The report laid out in {@code width} columns, panels a blank line apart; no line is wider. */
    static List<List<Span>> lines(StatsReport report, int width) {
        int columns = columns(width);
        int panelWidth = columns == 2 ? (width - GAP) / 2 : width;
        List<List<Span>> out = new ArrayList<>();
        List<List<Span>> left = null;
        for (StatsText.Section section : StatsText.sections(report, panelWidth)) {
            List<List<Span>> panel = panel(section, panelWidth);
            if (columns == 1 || section.title().isEmpty()) {
                if (left != null) {
                    add(out, left);
                    left = null;
                }
                add(out, panel);
            } else if (left == null) {
                left = panel;
            } else {
                add(out, sideBySide(left, panel, panelWidth));
                left = null;
            }
        }
        if (left != null) {
            add(out, left);
        }
        return out;
    }

    private static void add(List<List<Span>> out, List<List<Span>> block) {
        if (!out.isEmpty()) {
            out.add(List.of());
        }
        out.addAll(block);
    }

    private static List<List<Span>> panel(StatsText.Section section, int width) {
        List<List<Span>> lines = new ArrayList<>();
        if (!section.title().isEmpty()) {
            lines.add(heading(section.title(), width));
        }
        for (String line : section.lines()) {
            lines.add(Span.line(Fit.to(line, width), Style.NORMAL));
        }
        return lines;
    }

    /** "REVIEWS PER DAY  last 30 days" as "Reviews per day" (strong), "last 30 days" (quiet), then a rule. */
    static List<Span> heading(String title, int width) {
        int split = title.indexOf("  ");
        String name = split < 0 ? title : title.substring(0, split);
        String note = split < 0 ? "" : title.substring(split).strip();
        List<Span> line = new ArrayList<>();
        line.add(new Span(Fit.to(sentenceCase(name), width), Style.STRONG));
        int used = Span.width(line);
        if (!note.isEmpty() && used + 2 < width) {
            line.add(new Span(" " + Fit.to(note, width - used - 1), Style.QUIET));
            used = Span.width(line);
        }
        if (used + 2 <= width) {
            line.add(new Span(" " + "─".repeat(width - used - 1), Style.QUIET));
        }
        return line;
    }

    private static String sentenceCase(String heading) {
        return heading.isEmpty() ? heading : heading.charAt(0) + heading.substring(1).toLowerCase(Locale.ROOT);
    }

    private static List<List<Span>> sideBySide(List<List<Span>> left, List<List<Span>> right, int panelWidth) {
        List<List<Span>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<Span> row = new ArrayList<>(i < left.size() ? left.get(i) : List.of());
            if (i < right.size()) {
                row.add(Span.of(" ".repeat(panelWidth + GAP - Span.width(row))));
                row.addAll(right.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
