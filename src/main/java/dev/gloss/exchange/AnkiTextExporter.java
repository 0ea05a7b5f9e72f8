package dev.gloss.exchange;

import dev.gloss.deck.Card;
import dev.gloss.deck.Deck;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * Writes a deck as Anki "Notes in Plain Text": {@code #separator:tab}, {@code #html:false}, {@code #notetype:Basic},
 * {@code #deck:NAME}, {@code #tags column:3}, {@code #guid column:4}, then one row per card: front, back, tags,
 * and a GUID that gives the card back its id when the file is imported again (into Gloss or Anki, which then
 * update instead of duplicating). Fields with a tab, quote, line break or a leading {@code #} are quoted.
 */
public final class AnkiTextExporter {
    private static final Pattern ANKI_UID = Pattern.compile("a-(.+)-0");

    private AnkiTextExporter() {
    }

    public static void write(Deck deck, Writer out) throws IOException {
        out.write("#separator:tab\n");
        out.write("#html:false\n");
        out.write("#notetype:Basic\n");
        out.write("#deck:" + deck.name() + "\n");
        out.write("#tags column:3\n");
        out.write("#guid column:4\n");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter('\t').setQuote('"').setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\n").get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (Card c : deck.cards()) {
            printer.printRecord(c.front(), c.back(), String.join(" ", c.tags()), guid(c.id()));
        }
        printer.flush();
    }

    /**
     * The GUID for a card: the Anki GUID of a first card of an Anki note (so it maps back to the same uid),
     * else the uid itself.
     */
    static String guid(String uid) {
        var m = ANKI_UID.matcher(uid);
        return m.matches() ? m.group(1) : uid;
    }
}
