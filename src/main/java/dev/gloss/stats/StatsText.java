package dev.gloss.stats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A {@link StatsReport} as a text report for a terminal of a given width (80 columns read well): sections with
 * headings, Unicode block bars and a calendar heatmap, the numbers next to them. No colour. Each section is also
 * available on its own ({@link #sections}), for a screen that shows them as panels.
 */
public final class StatsText {
    public static final int MIN_WIDTH = 40;
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE yyyy-MM-dd", Locale.ENGLISH);

    private final StatsReport r;
    private final int width;

    private StatsText(StatsReport report, int width) {
        this.r = report;
        this.width = Math.max(MIN_WIDTH, width);
    }

    /** The whole report, sections under their headings separated by blank lines, each line at most {@code width}. */
    public static String render(StatsReport report, int width) {
        StringBuilder out = new StringBuilder();
        for (Section s : sections(report, width)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (!s.title().isEmpty()) {
                out.append(s.title()).append('\n');
            }
            s.lines().forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    /** One panel: a heading (empty for the report's header) and its lines, each at most the width asked for. */
    public record Section(String title, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    public static List<Section> sections(StatsReport report, int width) {
        StatsText t = new StatsText(report, width);
        List<Section> out = new ArrayList<>();
        out.add(t.header());
        if (report.allTime().reviews() == 0) {
            out.add(new Section("", List.of("No reviews yet: study a deck with `gloss study` and come back.")));
        } else {
            out.add(t.today());
            out.add(t.streak());
            out.add(t.calendar());
            out.add(t.reviewsPerDay());
        }
        out.add(t.forecast());
        if (report.allTime().reviews() > 0) {
            out.add(t.retention());
        }
        out.add(t.cards());
        if (report.stability().cards() > 0) {
            out.add(t.memory());
        }
        if (report.allTime().reviews() > 0) {
            out.add(t.calibration());
            out.add(t.hours());
        }
        return out;
    }

    private Section header() {
        StatsReport.Scope s = r.scope();
        String what = s.deck() == null ? "all decks" : s.deck() + (s.decks().size() > 1 ? " and its sub-decks" : "");
        List<String> lines = new ArrayList<>();
        lines.add("Gloss statistics · " + what);
        lines.add(LONG_DATE.format(s.studyDay()) + " · study days start at "
                + String.format(Locale.ROOT, "%02d:00", s.dayStartHour()) + " " + s.zone().getId());
        if (r.allTime().reviews() > 0) {
            lines.add(plural(r.allTime().reviews(), "review") + " in " + TextFormat.duration(r.allTime().timeMs())
                    + " since " + r.allTime().firstDay());
        }
        return section("", lines);
    }

    private Section today() {
        StatsReport.Today t = r.today();
        List<String> lines = new ArrayList<>();
        if (t.reviews() == 0) {
            lines.add("  Nothing studied yet today.");
        } else {
            lines.add("  " + plural(t.reviews(), "review") + " in " + TextFormat.duration(t.timeMs()) + " · "
                    + TextFormat.percent(t.accuracy()) + " correct (" + TextFormat.count(t.again()) + " Again) · "
                    + plural(t.newCards(), "new card"));
            lines.add("  learn " + TextFormat.count(t.learn()) + " · review " + TextFormat.count(t.review())
                    + " · relearn " + TextFormat.count(t.relearn()));
        }
        return section("TODAY", lines);
    }

    private Section streak() {
        StatsReport.Streak s = r.streak();
        String current = s.current() == 0 ? "no current streak"
                : "current " + plural(s.current(), "day") + (s.studiedToday() ? "" : " (study today to keep it)");
        return section("STREAK", List.of("  " + current + " · longest " + plural(s.longest(), "day") + " · studied on "
                + plural(s.activeDays(), "day")));
    }

    private Section calendar() {
        StatsReport.Heatmap h = r.heatmap();
        List<String> lines = new ArrayList<>();
        String busiest = h.busiest().map(d -> " · busiest " + d.date() + " (" + TextFormat.count(d.reviews()) + ")")
                .orElse("");
        lines.add(fit("  " + TextFormat.count(h.total()) + " reviews on " + plural(h.days().size(), "day")
                + " of the last " + plural(r.scope().days(), "day") + busiest));
        lines.addAll(HeatmapText.render(h, width));
        return section("CALENDAR", lines);
    }

    private Section reviewsPerDay() {
        StatsReport.ReviewsPerDay p = r.reviewsPerDay();
        List<int[]> stacks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        long[] time = new long[p.days().size()];
        long longest = 0;
        for (StatsReport.DayReviews d : p.days()) {
            time[stacks.size()] = d.timeMs();
            longest = Math.max(longest, d.timeMs());
            stacks.add(new int[]{d.review(), d.relearn(), d.learn()});
            labels.add(dateLabel(d.date(), p.days().size() - stacks.size()));
        }
        List<String> lines = new ArrayList<>();
        double perStudyDay = p.activeDays() == 0 ? 0 : (double) p.total() / p.activeDays();
        String average = perStudyDay < 10 ? String.format(Locale.ROOT, "%.1f", perStudyDay)
                : TextFormat.count(Math.round(perStudyDay));
        lines.add(fit("  " + plural(p.total(), "review") + " in " + TextFormat.duration(p.timeMs()) + " on "
                + plural(p.activeDays(), "day") + ", " + average + " a study day"));
        lines.add(fit("  █ review " + TextFormat.count(p.review()) + "  ▓ relearn " + TextFormat.count(p.relearn())
                + "  ░ learn " + TextFormat.count(p.learn()) + "  time ▁–█ up to " + TextFormat.duration(longest)));
        lines.addAll(indent(ColumnChart.render(stacks, new char[]{'█', '▓', '░'}, labels, columnWidth(stacks.size()),
                new ColumnChart.Sparkline("time", time))));
        return section("REVIEWS PER DAY  last 30 days", lines);
    }

    private Section forecast() {
        StatsReport.Forecast f = r.forecast();
        List<int[]> stacks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (StatsReport.ForecastDay d : f.days()) {
            stacks.add(new int[]{d.review(), d.learning()});
            labels.add(dateLabel(d.date(), stacks.size() - 1));
        }
        int week = 0;
        for (int i = 0; i < Math.min(7, f.days().size()); i++) {
            week += f.days().get(i).total();
        }
        List<String> lines = new ArrayList<>();
        lines.add(fit("  today " + TextFormat.count(f.days().get(0).total())
                + (f.overdue() > 0 ? " (" + TextFormat.count(f.overdue()) + " overdue)" : "")
                + " · tomorrow " + TextFormat.count(f.days().get(1).total()) + " · 7 days " + TextFormat.count(week)
                + " · 31 days " + TextFormat.count(f.total())));
        if (f.total() > 0) {
            lines.add("  █ review  ░ learning and relearning");
            lines.addAll(indent(ColumnChart.render(stacks, new char[]{'█', '░'}, labels, columnWidth(stacks.size()))));
        }
        return section("FORECAST  cards due today and in the next 30 days", lines);
    }

    private Section retention() {
        int cellWidth = Math.max(10, Math.min(20, (width - 11) / 3));
        List<String> lines = new ArrayList<>();
        lines.add("  answers to cards in review not rated Again · mature: interval ≥ 21 days");
        lines.add(("  " + TextFormat.padRight("", 9) + TextFormat.padRight("young", cellWidth)
                + TextFormat.padRight("mature", cellWidth) + "all").stripTrailing());
        for (StatsReport.RetentionPeriod p : r.retention().periods()) {
            String name = p.days() == 1 ? "today" : p.days() + " days";
            lines.add(("  " + TextFormat.padRight(name, 9) + cell(p.young(), cellWidth) + cell(p.mature(), cellWidth)
                    + cell(p.all(), cellWidth)).stripTrailing());
        }
        return section("TRUE RETENTION", lines);
    }

    /** "91.2% of 1,234" in a cell of the given width ("91% of 1,234" when narrow), or — without answers. */
    private static String cell(StatsReport.PassFail p, int cellWidth) {
        if (p.total() == 0) {
            return TextFormat.padRight(TextFormat.NONE, cellWidth);
        }
        String share = cellWidth < 16 ? TextFormat.wholePercent(p.retention()) : TextFormat.percent(p.retention());
        return TextFormat.padRight(TextFormat.padLeft(share, cellWidth < 16 ? 4 : 6) + " of "
                + TextFormat.count(p.total()), cellWidth);
    }

    private Section cards() {
        StatsReport.CardCounts c = r.cards();
        List<String> lines = new ArrayList<>();
        lines.add(fit("  " + plural(c.total(), "card") + " · new " + TextFormat.count(c.newCards()) + " · learning "
                + TextFormat.count(c.learning()) + " · review " + TextFormat.count(c.review()) + " · relearning "
                + TextFormat.count(c.relearning())));
        lines.add(fit("  suspended " + TextFormat.count(c.suspended()) + " · buried " + TextFormat.count(c.buried())
                + " · known (stability of 21 days or more) " + TextFormat.count(c.known())));
        StatsReport.Retrievability ret = r.retrievability();
        if (ret.cards() > 0) {
            lines.add(fit("  average predicted recall now " + TextFormat.percent(ret.mean()) + " over "
                    + plural(ret.cards(), "card") + " in review"));
        }
        return section("CARDS", lines);
    }

    private Section memory() {
        int half = (width - 2) / 2;
        List<String> left = histogram("Stability  mean " + TextFormat.decimal(r.stability().mean(), 1) + " days",
                r.stability(), StatsText::stabilityLabel, half);
        List<String> right = histogram("Difficulty  mean " + TextFormat.decimal(r.difficulty().mean(), 1),
                r.difficulty(), StatsText::difficultyLabel, half);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "";
            String rt = i < right.size() ? right.get(i) : "";
            lines.add((TextFormat.padRight(l, half) + "  " + rt).stripTrailing());
        }
        return section("MEMORY  cards studied and not suspended", lines);
    }

    private static List<String> histogram(String title, StatsReport.Histogram h,
                                          Function<StatsReport.Bin, String> label, int width) {
        List<String> lines = new ArrayList<>();
        lines.add("  " + title);
        int max = h.bins().stream().mapToInt(StatsReport.Bin::cards).max().orElse(0);
        int labelWidth = h.bins().stream().mapToInt(b -> label.apply(b).length()).max().orElse(0);
        int countWidth = Math.max(1, TextFormat.count(max).length());
        int barWidth = Math.max(4, width - 2 - labelWidth - 1 - 1 - countWidth);
        for (StatsReport.Bin b : h.bins()) {
            String bar = TextFormat.bar(b.cards(), max, barWidth);
            lines.add("  " + TextFormat.padRight(label.apply(b), labelWidth) + " "
                    + TextFormat.padRight(bar, barWidth) + " "
                    + TextFormat.padLeft(TextFormat.count(b.cards()), countWidth));
        }
        return lines;
    }

    private static String stabilityLabel(StatsReport.Bin b) {
        if (b.from() == 0) {
            return "< " + days(b.to());
        }
        return b.to() == null ? "≥ " + days(b.from()) : days(b.from()) + "–" + days(b.to());
    }

    private static String days(double d) {
        return d >= 365 && d % 365 == 0 ? (int) (d / 365) + "y" : (int) d + "d";
    }

    private static String difficultyLabel(StatsReport.Bin b) {
        return (int) b.from() + "–" + (b.to() == null ? "" : String.valueOf(b.to().intValue()));
    }

    private Section calibration() {
        StatsReport.Calibration c = r.calibration();
        List<String> lines = new ArrayList<>();
        if (c.answers() == 0) {
            lines.add("  No answers a day or more after the previous one yet.");
            return section("CALIBRATION", lines);
        }
        lines.add(fit("  " + plural(c.answers(), "answer") + " given a day or more after the card's previous one"));
        lines.add(fit("  predicted recall " + TextFormat.percent(c.meanPredicted()) + " on average, recalled "
                + TextFormat.percent(c.actual())));
        lines.add(fit("  log loss " + TextFormat.decimal(c.logLoss(), 3) + " · RMSE " + TextFormat.decimal(c.rmse(), 3)
                + " · binned RMSE " + TextFormat.decimal(c.binnedRmse(), 3) + "  (lower is better)"));
        int barWidth = Math.max(10, Math.min(40, width - 46));
        lines.add("  predicted  answers  mean pred.  recalled   " + "█ recalled  │ predicted");
        for (StatsReport.CalibrationBin b : c.bins()) {
            if (b.answers() == 0) {
                continue;
            }
            String range = Math.round(b.from() * 100) + "–" + Math.round(b.to() * 100) + "%";
            lines.add(fit("  " + TextFormat.padRight(range, 9)
                    + TextFormat.padLeft(TextFormat.count(b.answers()), 8)
                    + TextFormat.padLeft(TextFormat.percent(b.meanPredicted()), 12)
                    + TextFormat.padLeft(TextFormat.percent(b.actual()), 10) + "   "
                    + markedBar(b.actual(), b.meanPredicted(), barWidth)));
        }
        return section("CALIBRATION  FSRS's predicted recall against what happened", lines);
    }

    /** A bar of the recalled share with a mark where the prediction was. */
    private static String markedBar(double actual, double predicted, int cells) {
        StringBuilder bar = new StringBuilder(TextFormat.padRight(TextFormat.bar(actual, 1, cells), cells));
        int mark = (int) Math.min(cells - 1, Math.floor(predicted * cells));
        bar.setCharAt(mark, '│');
        return bar.toString().stripTrailing();
    }

    private Section hours() {
        StatsReport.Hourly h = r.hourly();
        int half = (width - 2) / 2;
        int max = h.hours().stream().mapToInt(StatsReport.HourStat::reviews).max().orElse(0);
        int countWidth = Math.max(1, TextFormat.count(max).length());
        int barWidth = Math.max(4, half - 2 - 3 - countWidth - 6);
        List<String> lines = new ArrayList<>();
        lines.add(fit("  answers and share correct by local hour over the last " + plural(r.scope().days(), "day")));
        for (int row = 0; row < 12; row++) {
            String left = hour(h.hours().get(row), max, barWidth, countWidth);
            String right = hour(h.hours().get(row + 12), max, barWidth, countWidth);
            lines.add((TextFormat.padRight(left, half) + "  " + right).stripTrailing());
        }
        return section("HOURS", lines);
    }

    private static String hour(StatsReport.HourStat s, int max, int barWidth, int countWidth) {
        return "  " + String.format(Locale.ROOT, "%02d ", s.hour())
                + TextFormat.padRight(TextFormat.bar(s.reviews(), max, barWidth), barWidth) + " "
                + TextFormat.padLeft(TextFormat.count(s.reviews()), countWidth) + " "
                + TextFormat.padLeft(s.reviews() == 0 ? "" : TextFormat.wholePercent(s.accuracy()), 4);
    }

    /** Under a day's column: its date every seventh day counted from today, today included. */
    private static String dateLabel(LocalDate date, int daysFromToday) {
        return daysFromToday % 7 == 0 ? SHORT_DATE.format(date) : null;
    }

    private int columnWidth(int columns) {
        return columns * 2 + 10 <= width ? 2 : 1;
    }

    private static List<String> indent(List<String> lines) {
        return lines.stream().map(l -> l.isEmpty() ? l : "  " + l).toList();
    }

    private Section section(String title, List<String> lines) {
        return new Section(fit(title), lines.stream().map(this::fit).toList());
    }

    /** Cuts a line that would be wider than the report. */
    private String fit(String line) {
        if (TextFormat.length(line) <= width) {
            return line;
        }
        int end = line.offsetByCodePoints(0, width - 1);
        return line.substring(0, end) + "…";
    }

    private static String plural(long n, String noun) {
        return TextFormat.count(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
