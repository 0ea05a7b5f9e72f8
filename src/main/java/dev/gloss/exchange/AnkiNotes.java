package dev.gloss.exchange;

import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.DeckNames;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Turns an Anki note and one of its card ordinals into a Gloss card: the note type's templates rendered with
 * the note's fields, the question as the front, the answer without the repeated question as the back, HTML
 * turned into terminal text. A cloze card shows its own deletion blanked; a card whose cloze number is not
 * in the note, or whose question is empty, is not made (Anki calls them empty cards).
 */
final class AnkiNotes {
    private static final Pattern ANSWER_RULE =
            Pattern.compile("<hr[^>]*\\bid\\s*=\\s*[\"']?answer[\"']?[^>]*>", Pattern.CASE_INSENSITIVE);

    /** Why a card could not be made. */
    enum Problem {
        EMPTY("empty cards (no question, or a cloze number the note does not use)"),
        NO_TEMPLATE("cards whose template is missing from the package");

        final String reason;

        Problem(String reason) {
            this.reason = reason;
        }
    }

    /** The card, or the problem that kept it from being made. */
    record Result(Card card, Problem problem) {
    }

    private final UnaryOperator<String> mediaName;

    AnkiNotes(UnaryOperator<String> mediaName) {
        this.mediaName = mediaName;
    }

    Result card(AnkiCollection.Note note, AnkiCollection.NoteType type, int ord, String deck) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < type.fields().size(); i++) {
            fields.put(type.fields().get(i), i < note.fields().size() ? note.fields().get(i) : "");
        }
        AnkiCollection.Template template;
        int cloze = 0;
        if (type.cloze()) {
            template = type.templates().isEmpty() ? null : type.templates().get(0);
            cloze = ord + 1;
            if (!clozeNumbers(fields).contains(cloze)) {
                return new Result(null, Problem.EMPTY);
            }
        } else {
            template = type.template(ord);
        }
        if (template == null) {
            return new Result(null, Problem.NO_TEMPLATE);
        }
        Map<String, String> specials = new HashMap<>();
        List<String> levels = DeckNames.levels(deck);
        specials.put("Tags", String.join(" ", note.tags()));
        specials.put("Deck", deck);
        specials.put("Subdeck", levels.get(levels.size() - 1));
        specials.put("Card", template.name());
        specials.put("Type", type.name());
        String question = AnkiTemplate.render(template.question(),
                new AnkiTemplate.Context(fields, cloze, false, "", specials));
        String answer = AnkiTemplate.render(template.answer(),
                new AnkiTemplate.Context(fields, cloze, true, question, specials));
        String front = HtmlText.toText(question, mediaName);
        if (front.isBlank()) {
            return new Result(null, Problem.EMPTY);
        }
        String back = HtmlText.toText(answerOnly(answer, question), mediaName);
        CardKind kind = type.cloze() ? CardKind.CLOZE : CardKind.BASIC;
        return new Result(new Card(uid(note.guid(), ord), kind, "", front, back, List.of(), note.tags()), null);
    }

    /** The stable id of an Anki card: its note's GUID and its ordinal, the same in every export of it. */
    static String uid(String guid, int ord) {
        return "a-" + guidPart(guid) + "-" + ord;
    }

    private static String guidPart(String guid) {
        boolean printable = guid != null && !guid.isEmpty()
                && guid.chars().allMatch(ch -> ch > 0x20 && ch < 0x7F);
        if (printable) {
            return guid;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (guid == null ? "" : guid).getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Set<Integer> clozeNumbers(Map<String, String> fields) {
        Set<Integer> numbers = new java.util.TreeSet<>();
        for (String value : fields.values()) {
            numbers.addAll(Cloze.numbers(value));
        }
        return numbers;
    }

    /** The answer without the question Anki repeats above it ({@code {{FrontSide}}<hr id=answer>}). */
    static String answerOnly(String answer, String question) {
        var m = ANSWER_RULE.matcher(answer);
        if (m.find()) {
            return answer.substring(m.end());
        }
        if (!question.isEmpty() && answer.startsWith(question)) {
            return answer.substring(question.length());
        }
        return answer;
    }
}
