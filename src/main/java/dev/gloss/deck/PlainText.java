package dev.gloss.deck;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Makes text safe to store and to show in a terminal: Unicode NFC, no escape sequences, no
 * control characters (other than line breaks), no bidi overrides. Card text can never drive
 * the terminal once it has passed through here.
 */
public final class PlainText {
    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char C1_CSI = 0x9B;
    private static final char C1_OSC = 0x9D;
    private static final char C1_DCS = 0x90;
    private static final char C1_ST = 0x9C;

    private PlainText() {
    }

    /** NFC, line breaks as {@code \n}, tabs as spaces, every other control and escape sequence removed. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text;
        if (isAlreadySafe(s)) {
            return nfc(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ESC) {
                i = skipEscape(s, i + 1);
            } else if (c == C1_CSI) {
                i = skipCsi(s, i + 1);
            } else if (c == C1_OSC || c == C1_DCS || c == 0x98 || c == 0x9E || c == 0x9F) {
                i = skipString(s, i + 1);
            } else if (c == '\r') {
                out.append('\n');
                i += (i + 1 < n && s.charAt(i + 1) == '\n') ? 2 : 1;
            } else if (c == '\n') {
                out.append('\n');
                i++;
            } else if (c == '\t') {
                out.append(' ');
                i++;
            } else if (isUnsafe(c)) {
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        // normalise last: removing a control between a letter and a combining mark makes a new pair
        return nfc(out.toString());
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** {@link #safe} and trimmed. */
    public static String clean(String text) {
        return safe(text).strip();
    }

    /** {@link #clean} and every run of whitespace (line breaks too) turned into one space. */
    public static String oneLine(String text) {
        return clean(text).replaceAll("\\s+", " ");
    }

    public static List<String> cleanAll(Collection<String> texts) {
        if (texts == null || texts.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            String c = clean(t);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isAlreadySafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' ? false : (c < 0x20 || isUnsafe(c))) {
                return false;
            }
        }
        return true;
    }

    static boolean isUnsafe(char c) {
        return c < 0x20 && c != '\n'
                || c == 0x7F
                || (c >= 0x80 && c <= 0x9F)
                // bidi embeddings, overrides and isolates; directional marks
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C
                // byte order mark, interlinear annotation, object replacement
                || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB)
                // line and paragraph separators would break layout
                || c == 0x2028 || c == 0x2029;
    }

    /** After an ESC: skip the rest of the sequence and return the index after it. */
    private static int skipEscape(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        char c = s.charAt(i);
        if (c == '[') {
            return skipCsi(s, i + 1);
        }
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
            return skipString(s, i + 1);
        }
        // intermediate bytes then one final byte (e.g. ESC ( B, ESC 7, ESC c)
        while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2F) {
            i++;
        }
        return Math.min(i + 1, s.length());
    }

    /** CSI: parameter and intermediate bytes, then one final byte in 0x40..0x7E. */
    private static int skipCsi(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= 0x40 && c <= 0x7E) {
                return i + 1;
            }
            if (c < 0x20 || c > 0x7E) {
                return i; // malformed: drop the sequence so far, keep this character
            }
            i++;
        }
        return i;
    }

    /** OSC/DCS and friends: up to BEL, ST (ESC \) or the C1 ST. */
    private static int skipString(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == BEL || c == C1_ST) {
                return i + 1;
            }
            if (c == ESC) {
                return (i + 1 < s.length() && s.charAt(i + 1) == '\\') ? i + 2 : i + 1;
            }
            i++;
        }
        return i;
    }
}
