package dev.gloss.deck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable card ids: a hash of the deck, the entry, the kind and a key of the prompt, never a
 * counter, so that regenerating or re-importing a deck maps to the same cards and keeps progress.
 * The parts are compared loosely (case, accents-as-written, punctuation and spacing do not count),
 * so a fixed typo in capitalisation does not orphan a card's history.
 */
public final class CardIds {
    private static final String PREFIX = "c-";
    private static final int HEX_DIGITS = 12;

    private CardIds() {
    }

    public static String of(String deck, String entry, CardKind kind, String key) {
        String joined = String.join("\u001f", loose(deck), loose(entry), kind.jsonName(), loose(key));
        return PREFIX + sha256Hex(joined).substring(0, HEX_DIGITS);
    }

    /** Lower case, NFC, letters and digits only with single spaces between words. */
    public static String loose(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
