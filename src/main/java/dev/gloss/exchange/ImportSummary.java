package dev.gloss.exchange;

import dev.gloss.store.ImportOutcome;
import dev.gloss.store.ImportReport;
import dev.gloss.store.Skipped;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines {@code gloss import} prints: deck files as before ("imported Words: 2 added, ..."), other files as one
 * summary, e.g. {@code imported 3 decks, 8 notes, 12 cards (12 added), 3 reviews, 1 media file; skipped 1 (the
 * "please update" placeholder)}.
 */
public final class ImportSummary {
    private static final int LISTED_CHANGES = 200;

    private ImportSummary() {
    }

    public static List<String> lines(ImportOutcome o, boolean dryRun, boolean nameSource) {
        String verb = dryRun ? "would import " : "imported ";
        List<String> out = new ArrayList<>();
        for (ImportReport r : o.deckReports()) {
            out.add(verb + r.describe());
            if (dryRun) {
                out.addAll(changeList(r));
            }
        }
        if (!o.deckReports().isEmpty() && o.cards() == 0 && o.reviewsAdded() + o.reviewsKnown() == 0
                && o.skipped().isEmpty()) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        if (o.cards() > 0 || o.notes() > 0) {
            parts.add(count(o.decks(), "deck"));
            if (o.notes() > 0) {
                parts.add(count(o.notes(), "note"));
            }
            parts.add(count(o.cards(), "card") + breakdown(o));
        }
        if (o.reviewsAdded() + o.reviewsKnown() > 0) {
            parts.add(count(o.reviewsAdded(), "review")
                    + (o.reviewsKnown() > 0 ? " (" + o.reviewsKnown() + " already there)" : ""));
        }
        if (o.mediaFiles() > 0) {
            parts.add(count(o.mediaFiles(), "media file"));
        }
        if (parts.isEmpty()) {
            parts.add("no cards and no reviews");
        }
        String line = verb + (nameSource ? o.source() + ": " : "") + String.join(", ", parts) + skipped(o.skipped());
        out.add(line);
        return out;
    }

    /** For a dry run: one line per card that would be added (+), updated (~) or removed (-), up to a limit. */
    private static List<String> changeList(ImportReport r) {
        List<String> lines = new ArrayList<>();
        for (ImportReport.CardChange c : r.changes()) {
            if (lines.size() == LISTED_CHANGES) {
                lines.add("  ... and " + (r.changes().size() - LISTED_CHANGES) + " more");
                break;
            }
            String front = c.front().replace('\n', ' ');
            if (front.codePointCount(0, front.length()) > 70) {
                front = front.substring(0, front.offsetByCodePoints(0, 69)) + "…";
            }
            lines.add("  " + c.change().mark() + " " + c.id() + "  " + front
                    + (c.change() == ImportReport.Change.RETIRED ? "  (studied: kept, suspended)" : ""));
        }
        return lines;
    }

    private static String breakdown(ImportOutcome o) {
        List<String> b = new ArrayList<>();
        if (o.added() > 0) {
            b.add(o.added() + " added");
        }
        if (o.updated() > 0) {
            b.add(o.updated() + " updated");
        }
        if (o.unchanged() > 0) {
            b.add(o.unchanged() + " unchanged");
        }
        return b.isEmpty() ? "" : " (" + String.join(", ", b) + ")";
    }

    private static String skipped(List<Skipped> skipped) {
        List<Skipped> real = skipped.stream().filter(s -> s.count() > 0).toList();
        if (real.isEmpty()) {
            return "";
        }
        int total = real.stream().mapToInt(Skipped::count).sum();
        if (real.size() == 1) {
            return "; skipped " + total + " (" + real.get(0).reason() + ")";
        }
        return "; skipped " + total + " (" + real.stream().map(s -> s.reason() + ": " + s.count())
                .collect(Collectors.joining("; ")) + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
