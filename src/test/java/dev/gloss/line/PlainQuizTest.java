package dev.gloss.line;

import dev.gloss.cli.CliRunner;
import dev.gloss.deck.Card;
import dev.gloss.deck.CardIds;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.TestDecks;
import dev.gloss.exchange.DeckJson;
import dev.gloss.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The line mode's quiz modes: typed answers and numbered choices, as a script would drive them. */
class PlainQuizTest {
    private static final String NOW = "2026-01-05T10:00:00Z";

    @TempDir
    Path dir;

    private CliRunner glossWith(Deck deck) throws Exception {
        Path file = dir.resolve("deck.json");
        Files.writeString(file, DeckJson.toJson(deck));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now(NOW);
        assertThat(gloss.run("import", file.toString()).code()).isZero();
        return gloss;
    }

    private static Deck capitals() {
        String[][] rows = {{"France", "Paris"}, {"Germany", "Berlin"}, {"Japan", "Tōkyō"}, {"Italy", "Rome"},
                {"Spain", "Madrid"}};
        List<Card> cards = new ArrayList<>();
        for (String[] r : rows) {
            cards.add(new Card(CardIds.of("Capitals", r[0], CardKind.BASIC, ""), CardKind.BASIC, "",
                    "Capital of " + r[0] + "?", r[1]));
        }
        return new Deck("Capitals", "", List.of(), List.of(), cards);
    }

    @Test
    void typeModeChecksTheTypedLineAndEnterAcceptsTheProposedRating() throws Exception {
        CliRunner gloss = glossWith(capitals());
        CliRunner.Result r = gloss.runWithInput("paris\n\nBerln\n\nTokyo\n\nLondon\n\n:q\n",
                "study", "--plain", "--mode", "type");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Q: Capital of France?", "✓ Right.", "A: Paris");
        assertThat(r.out()).contains("≈ Close: Berl{+i+}n", "*2 Hard");
        assertThat(r.out()).contains("A: Tōkyō"); // "Tokyo" is right: accents do not count
        assertThat(r.out()).contains("✗ Not quite: ", "*1 Again");
        assertThat(r.out()).contains("Session over: 4 cards, 75% correct");
        assertThat(loggedRatingsAndModes()).containsExactly("3 type", "2 type", "3 type", "1 type");
    }

    @Test
    void aRatingOtherThanTheProposedOneCanBeTyped() throws Exception {
        CliRunner gloss = glossWith(capitals());
        CliRunner.Result r = gloss.runWithInput("Paris\n4\n:q\n", "study", "--plain", "--mode", "type");
        assertThat(r.out()).contains("Session over: 1 card");
        assertThat(loggedRatingsAndModes()).containsExactly("4 type");
    }

    @Test
    void inTypeModeCommandsTakeAColonSoThatAnyWordIsAnAnswer() throws Exception {
        CliRunner gloss = glossWith(capitals());
        CliRunner.Result r = gloss.runWithInput("Paris\n\n:u\nParis\n\n:s\nq\n\n:q\n",
                "study", "--plain", "--mode", "type");
        assertThat(r.out()).contains("Undone: the last answer to \"Capital of France?\" is taken back.");
        // "q" was typed as an answer to Japan's card, not taken as quit
        assertThat(r.out()).contains("✗ Not quite:");
        assertThat(loggedRatingsAndModes()).containsExactly("3 type", "1 type");
    }

    @Test
    void choiceModePrintsNumberedOptionsAndTheNumberIsTheAnswer() throws Exception {
        CliRunner gloss = glossWith(TestDecks.terms("Words", 6));
        CliRunner.Result first = gloss.runWithInput("q\n", "study", "--plain", "--mode", "choice");
        List<String> options = optionsOf(first.out());
        assertThat(options).hasSize(4).contains("The meaning of term number 1.");
        int right = options.indexOf("The meaning of term number 1.") + 1;
        int wrong = right == 1 ? 2 : 1;

        CliRunner.Result r = gloss.runWithInput(right + "\n" + wrong + "\n9\nq\n", "study", "--plain", "--mode", "choice");
        assertThat(r.out()).contains("  1) ", "  4) ", "✓ Right. Good, again in 10m.");
        assertThat(r.out()).contains("✗ Wrong (Again, in 1m). The answer is ");
        assertThat(r.out()).contains("Type the number of your choice (1-4), or u, s, q.");
        assertThat(loggedRatingsAndModes()).containsExactly("3 choice", "1 choice");
    }

    @Test
    void mixedModeAsksNewCardsAsChoices() throws Exception {
        CliRunner gloss = glossWith(TestDecks.terms("Words", 6));
        CliRunner.Result r = gloss.runWithInput("1\nq\n", "study", "--plain", "--mode", "mixed");
        assertThat(r.out()).contains("· new · choice", "  4) ");
        assertThat(loggedRatingsAndModes()).hasSize(1).allMatch(s -> s.endsWith(" choice"));
    }

    @Test
    void longAnswersAreTypedFromMemoryAndRatedByThePerson() throws Exception {
        Deck deck = new Deck("Long", "", List.of(), List.of(), List.of(new Card(CardIds.of("Long", "x", CardKind.FAQ, ""),
                CardKind.FAQ, "", "Why?", "Because a long answer like this one is not something anybody would want to "
                + "type out letter by letter in a quiz.")));
        CliRunner.Result r = glossWith(deck).runWithInput("nobody wants to type letters\n\n3\n",
                "study", "--plain", "--mode", "type");
        assertThat(r.out()).contains("Key words you had: 3 of 9 (want, type, letter). Compare and rate yourself.");
        assertThat(r.out()).contains("Type 1 Again, 2 Hard, 3 Good, 4 Easy"); // Enter alone does not rate
        assertThat(loggedRatingsAndModes()).containsExactly("3 type");
    }

    @Test
    void anUnknownModeIsAUsageError() throws Exception {
        CliRunner.Result r = glossWith(capitals()).run("study", "--plain", "--mode", "quiz");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("flip, type, choice or mixed");
    }

    @Test
    void escapeSequencesInCardTextNeverReachTheOutput() throws Exception {
        CliRunner gloss = glossWith(capitals());
        try (Database db = Database.open(dir.resolve("gloss.db"))) {
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE card SET front = ?, back = ? WHERE position = "
                        + "(SELECT min(position) FROM card)")) {
                    ps.setString(1, "Red \u001b[31mALERT\u001b[0m \u001b]0;pwned\u0007title \u009b2J\u202eevil");
                    ps.setString(2, "bell\u0007 and \u001b[2J clear");
                    ps.executeUpdate();
                }
                return null;
            });
        }
        String[][] runs = {{"flip", "\nq\n"}, {"type", "x\nq\n"}, {"choice", "q\n"}};
        for (String[] run : runs) {
            String mode = run[0];
            CliRunner.Result r = gloss.runWithInput(run[1], "study", "--plain", "--mode", mode);
            assertThat(r.out()).as(mode).contains("Red ALERT title evil").containsPattern("bell and +clear");
            assertThat(r.out()).as(mode).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e", "pwned");
        }
    }

    private static List<String> optionsOf(String out) {
        List<String> options = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.matches("  [1-4]\\) .*")) {
                options.add(line.substring(5));
            }
        }
        return options;
    }

    private List<String> loggedRatingsAndModes() {
        try (Database db = Database.open(dir.resolve("gloss.db"))) {
            return db.query(c -> {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT rating, mode FROM review_log ORDER BY id")) {
                    while (rs.next()) {
                        out.add(rs.getInt(1) + " " + rs.getString(2));
                    }
                }
                return out;
            });
        }
    }
}
