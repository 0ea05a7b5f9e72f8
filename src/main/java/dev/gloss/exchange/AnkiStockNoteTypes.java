package dev.gloss.exchange;

import java.util.List;
import java.util.Locale;

/**
 * The note types every Anki collection starts with, for text files that name a note type but carry no
 * templates: Basic, Basic (and reversed card), Basic (optional reversed card), Basic (type in the answer), Cloze.
 * A name Gloss does not know is read as Basic.
 */
final class AnkiStockNoteTypes {
    private static final String ANSWER = "{{FrontSide}}\n\n<hr id=answer>\n\n";
    static final AnkiCollection.NoteType BASIC = new AnkiCollection.NoteType(1, "Basic", false,
            List.of("Front", "Back"), List.of(new AnkiCollection.Template(0, "Card 1", "{{Front}}", ANSWER + "{{Back}}")));
    static final AnkiCollection.NoteType REVERSED = new AnkiCollection.NoteType(2, "Basic (and reversed card)", false,
            List.of("Front", "Back"), List.of(
                    new AnkiCollection.Template(0, "Card 1", "{{Front}}", ANSWER + "{{Back}}"),
                    new AnkiCollection.Template(1, "Card 2", "{{Back}}", ANSWER + "{{Front}}")));
    static final AnkiCollection.NoteType OPTIONAL_REVERSED = new AnkiCollection.NoteType(3,
            "Basic (optional reversed card)", false, List.of("Front", "Back", "Add Reverse"), List.of(
                    new AnkiCollection.Template(0, "Card 1", "{{Front}}", ANSWER + "{{Back}}"),
                    new AnkiCollection.Template(1, "Card 2", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                            ANSWER + "{{Front}}")));
    static final AnkiCollection.NoteType TYPE_IN = new AnkiCollection.NoteType(4, "Basic (type in the answer)", false,
            List.of("Front", "Back"), List.of(new AnkiCollection.Template(0, "Card 1", "{{Front}}\n\n{{type:Back}}",
                    "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}")));
    static final AnkiCollection.NoteType CLOZE = new AnkiCollection.NoteType(5, "Cloze", true,
            List.of("Text", "Back Extra"), List.of(new AnkiCollection.Template(0, "Cloze", "{{cloze:Text}}",
                    "{{cloze:Text}}<br>\n{{Back Extra}}")));

    private AnkiStockNoteTypes() {
    }

    static AnkiCollection.NoteType named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.contains("cloze")) {
            return CLOZE;
        }
        if (n.contains("optional reverse")) {
            return OPTIONAL_REVERSED;
        }
        if (n.contains("reverse")) {
            return REVERSED;
        }
        if (n.contains("type in")) {
            return TYPE_IN;
        }
        return BASIC;
    }

    /** Card ordinals a note of this type has: every template, or (cloze) every cloze number used. */
    static List<Integer> ordinals(AnkiCollection.NoteType type, List<String> fields) {
        if (type.cloze()) {
            java.util.Set<Integer> numbers = new java.util.TreeSet<>();
            fields.forEach(f -> numbers.addAll(Cloze.numbers(f)));
            return numbers.stream().map(n -> n - 1).toList();
        }
        return type.templates().stream().map(AnkiCollection.Template::ord).toList();
    }
}
