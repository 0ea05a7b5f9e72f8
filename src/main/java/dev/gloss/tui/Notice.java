package dev.gloss.tui;

/** A one-line message about what just happened ("Undone: ...", "✓ Right"). */
record Notice(String text, Style style) {
    static final Notice NONE = new Notice("", Style.QUIET);
}
