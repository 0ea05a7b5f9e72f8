package dev.gloss.glossary;

import dev.gloss.deck.PlainText;
import org.jsoup.parser.Parser;

import java.util.regex.Pattern;

/**
 * Turns text from any page format into plain text: entities decoded, stray HTML tags gone, every
 * kind of space a plain space, invisible characters removed. Line breaks survive {@link #plain};
 * {@link #oneLine} is what goes on a card.
 */
final class TextCleanup {
    private static final Pattern ENTITY = Pattern.compile(
            "&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");
    /** Only real HTML tag names, so that prose such as {@code List<String>} or "a < b" survives. */
    private static final Pattern TAG = Pattern.compile(
            "</?(?:a|abbr|article|aside|b|big|blockquote|body|br|button|center|cite|code|dd|del|details|div|dl|dt|em"
                    + "|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label"
                    + "|li|link|main|mark|meta|nav|noscript|ol|p|path|pre|q|s|script|section|small|span|strong|style"
                    + "|sub|summary|sup|svg|table|tbody|td|th|thead|time|title|tr|u|ul|var)(?:\\s[^<>]{0,400})?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile(
            "<(script|style)\\b[^>]{0,400}>.{0,100000}?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.{0,100000}?-->", Pattern.DOTALL);

    private TextCleanup() {
    }

    /** Plain text with line breaks kept: decoded, untagged, spaces normalised, lines trimmed. */
    static String plain(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = decodeEntities(text);
        if (s.indexOf('<') >= 0) {
            s = COMMENT.matcher(s).replaceAll(" ");
            s = SCRIPT_OR_STYLE.matcher(s).replaceAll(" ");
            s = TAG.matcher(s).replaceAll(" ");
        }
        return normalizeSpaces(PlainText.safe(s));
    }

    /**
     * {@link #plain} on one line with single spaces: the form every card text takes (the same as
     * {@link PlainText#oneLine} of it, without compiling a regular expression per call).
     */
    static String oneLine(String text) {
        return flat(plain(text));
    }

    /** Text that is already plain and safe, on one line with single spaces (no entity, tag or control handling). */
    static String flat(String text) {
        String s = normalizeSpaces(text);
        if (s.indexOf('\n') < 0) {
            return s.strip();
        }
        return normalizeSpaces(s.replace('\n', ' ')).strip();
    }

    /** Entities decoded; twice at most, because some pages encode them twice ({@code &amp;amp;}). */
    static String decodeEntities(String text) {
        String s = text;
        for (int pass = 0; pass < 2 && s.indexOf('&') >= 0 && ENTITY.matcher(s).find(); pass++) {
            s = Parser.unescapeEntities(s, false);
        }
        return s;
    }

    /**
     * Every space-like character (no-break, thin, ideographic, tab) becomes a plain space, runs of
     * spaces collapse, zero-width characters and soft hyphens vanish; line breaks are kept and each
     * line is trimmed.
     */
    static String normalizeSpaces(String text) {
        if (isNormalized(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                trimTrailingSpace(out);
                out.append('\n');
                pendingSpace = false;
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD'
                    || c == '\uFEFF') {
                continue;
            } else if (c == '\t' || c == '\r' || c == '\f' || c == 0x0B || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        trimTrailingSpace(out);
        return out.toString();
    }

    /** Nothing for {@link #normalizeSpaces} to do: the common case, checked without building a copy. */
    private static boolean isNormalized(String text) {
        char previous = '\n';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previous == ' ' || previous == '\n' || i + 1 == text.length() || text.charAt(i + 1) == '\n') {
                    return false;
                }
            } else if (c < 0x20 ? c != '\n' : c >= 0x7F && (Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                    || c == '\u200D' || c == '\u2060' || c == '\u00AD' || c == '\uFEFF')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static void trimTrailingSpace(StringBuilder out) {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') {
            n--;
        }
        out.setLength(n);
    }
}
