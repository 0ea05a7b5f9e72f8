package dev.gloss.deck;

import java.util.Locale;

/** The kinds of card a deck can hold; the JSON name is the lower-case enum name. */
public enum CardKind {
    /** term -> definition */
    DEFINITION,
    /** definition (term masked) -> term */
    REVERSE,
    /** question -> answer */
    FAQ,
    /** a sentence with the term blanked -> the term */
    CLOZE,
    /** multiple choice: which term matches this definition */
    CHOICE,
    /** free front/back, e.g. from CSV or Anki */
    BASIC;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CardKind fromJsonName(String name) {
        for (CardKind kind : values()) {
            if (kind.jsonName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown card kind '" + name + "' (expected one of "
                + "definition, reverse, faq, cloze, choice, basic)");
    }
}
