package dev.gloss.glossary;

/**
 * Loose comparison keys for names and questions: lower case, letters and digits only, single
 * spaces, as {@link dev.gloss.deck.CardIds#loose} but without its Unicode normalisation (all
 * text here has already been through {@link dev.gloss.deck.PlainText#safe}, which normalises),
 * because keys are computed for every paragraph and question of every page.
 */
final class Keys {
    private Keys() {
    }

    static String loose(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
