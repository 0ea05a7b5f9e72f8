package dev.gloss.tui;

/** What a piece of text is, on screen; {@link Palette} decides how that looks. */
enum Style {
    NORMAL,
    /** Headings and the prompt of a card. */
    STRONG,
    /** Secondary information: card kind, hints. */
    QUIET,
    /** The selected row of a list. */
    SELECTED,
    /** A key name in the footer. */
    KEY,
    NEW_COUNT,
    LEARNING_COUNT,
    REVIEW_COUNT,
    /** A right answer, a correct letter. */
    RIGHT,
    /** A wrong answer, a typed letter that should not be there. */
    WRONG,
    /** A letter that was missing from a typed answer. */
    MISSING,
    /** A key word of a long answer that the typed recall had. */
    FOUND,
    /** The rating proposed for a typed answer. */
    PROPOSED,
    /** The text cursor of an input field. */
    CURSOR,
    /** A warning line (e.g. "make the window larger"). */
    WARNING
}
