package dev.gloss.cli;

/** Column widths of text on a terminal (CJK and other wide characters take two columns). */
final class TextWidth {
    private TextWidth() {
    }

    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            width += isWide(cp) ? 2 : (Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1);
        }
        return width;
    }

    static String padRight(String s, int width) {
        int pad = width - of(s);
        return pad <= 0 ? s : s + " ".repeat(pad);
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
