package dev.gloss.tui;

import dev.gloss.deck.PlainText;

/**
 * Text made harmless for the screen: escape sequences, bidi overrides and control characters are
 * removed ({@link PlainText#safe}); any control character left (a line break where one line is
 * drawn) is shown as its visible Unicode "control picture" instead of reaching the terminal.
 */
final class Visible {
    private Visible() {
    }

    static String text(String text) {
        String safe = PlainText.safe(text);
        StringBuilder out = null;
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            char shown = c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : (c >= 0x80 && c <= 0x9F) ? '\uFFFD' : c;
            if (shown != c && out == null) {
                out = new StringBuilder(safe.substring(0, i));
            }
            if (out != null) {
                out.append(shown);
            }
        }
        return out == null ? safe : out.toString();
    }
}
