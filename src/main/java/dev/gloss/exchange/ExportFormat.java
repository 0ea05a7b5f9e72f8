package dev.gloss.exchange;

import java.util.Locale;

/** What {@code gloss export} writes. */
public enum ExportFormat {
    /** a Gloss deck file (gloss-deck/1 JSON): everything, entries included */
    DECK("deck"),
    /** Anki-compatible plain text (tab-separated, with #headers): front, back, tags */
    CSV("csv");

    private final String option;

    ExportFormat(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }

    /** The format a file name suggests: .csv, .tsv and .txt are text, anything else a deck file. */
    public static ExportFormat forFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt") ? CSV : DECK;
    }

    public static ExportFormat of(String option) {
        for (ExportFormat f : values()) {
            if (f.option.equalsIgnoreCase(option)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + option + "' (formats: deck, csv)");
    }
}
