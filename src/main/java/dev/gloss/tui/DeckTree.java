package dev.gloss.tui;

import dev.gloss.deck.DeckNames;
import dev.gloss.store.DeckSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of the home page: decks as a tree by their "::" levels, each under its parent. A
 * parent that is only a prefix ("Languages" of "Languages::Spanish") gets a row of its own with
 * its sub-decks' counts, since studying it studies them. With more than one top-level deck an
 * "All decks" row comes first.
 */
final class DeckTree {
    static final String ALL_DECKS = "All decks";

    /**
     * @param deck the deck name to study, or null for every deck
     */
    record Row(String deck, String label, int depth, int newToday, int learning, int due) {
        String title() {
            return deck == null ? ALL_DECKS : deck;
        }
    }

    private DeckTree() {
    }

    static List<Row> rows(List<DeckSummary> decks) {
        Map<String, DeckSummary> byName = new LinkedHashMap<>();
        for (DeckSummary d : decks) {
            byName.put(key(d.name()), d);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (DeckSummary d : decks) {
            List<String> levels = DeckNames.levels(d.name());
            for (int i = 1; i <= levels.size(); i++) {
                String name = String.join(DeckNames.SEPARATOR, levels.subList(0, i));
                names.putIfAbsent(key(name), name);
            }
        }
        List<String> ordered = new ArrayList<>(names.values());
        ordered.sort(DeckTree::compareByLevels);
        List<Row> rows = new ArrayList<>();
        int roots = 0;
        int[] totals = new int[3];
        for (String name : ordered) {
            List<String> levels = DeckNames.levels(name);
            int[] counts = counts(name, byName);
            rows.add(new Row(name, levels.get(levels.size() - 1), levels.size() - 1, counts[0], counts[1], counts[2]));
            if (levels.size() == 1) {
                roots++;
                for (int i = 0; i < 3; i++) {
                    totals[i] += counts[i];
                }
            }
        }
        if (roots > 1) {
            rows.add(0, new Row(null, ALL_DECKS, 0, totals[0], totals[1], totals[2]));
        }
        return rows;
    }

    /** A deck's own summary (sub-decks included), or for a name-only parent the sum of its top sub-decks. */
    private static int[] counts(String name, Map<String, DeckSummary> byName) {
        DeckSummary own = byName.get(key(name));
        if (own != null) {
            return new int[]{own.newToday(), own.learning(), own.due()};
        }
        int[] sum = new int[3];
        for (DeckSummary d : byName.values()) {
            if (DeckNames.isWithin(d.name(), name) && !hasStoredAncestorBelow(d.name(), name, byName)) {
                sum[0] += d.newToday();
                sum[1] += d.learning();
                sum[2] += d.due();
            }
        }
        return sum;
    }

    /** True when a deck between {@code root} and {@code name} exists (its counts already include {@code name}). */
    private static boolean hasStoredAncestorBelow(String name, String root, Map<String, DeckSummary> byName) {
        List<String> levels = DeckNames.levels(name);
        int rootDepth = DeckNames.levels(root).size();
        for (int i = rootDepth + 1; i < levels.size(); i++) {
            if (byName.containsKey(key(String.join(DeckNames.SEPARATOR, levels.subList(0, i))))) {
                return true;
            }
        }
        return false;
    }

    private static int compareByLevels(String a, String b) {
        List<String> la = DeckNames.levels(a);
        List<String> lb = DeckNames.levels(b);
        Comparator<String> byText = String.CASE_INSENSITIVE_ORDER;
        for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
            int c = byText.compare(la.get(i), lb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(la.size(), lb.size());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
