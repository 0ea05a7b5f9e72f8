package dev.gloss.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * How many terminal columns a grapheme cluster takes: 2 for East Asian wide and fullwidth
 * characters and emoji shown as pictures, 1 for everything else (a letter with its combining
 * marks, Arabic, Hebrew, Thai). Lanterna's own rule (any cluster of two chars is wide; emoji in
 * the BMP are narrow) disagrees with terminals on both counts, so the screen uses this one.
 */
public final class CellWidth {
    private static final int VARIATION_SELECTOR_EMOJI = 0xFE0F;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    /** Code point ranges that terminals draw two columns wide (Unicode East Asian Width W and F, emoji). */
    private static final int[][] WIDE = {
            {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
            {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
            {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
            {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
            {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
            {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
            {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
            {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
            {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
            {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
            {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
            {0x1F200, 0x1F2FF}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C},
            {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0},
            {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
            {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
            {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
            {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF},
            {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0},
            {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
            {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };

    private CellWidth() {
    }

    /** Columns of one grapheme cluster (0 for an empty string). */
    public static int ofCluster(String cluster) {
        if (cluster.isEmpty()) {
            return 0;
        }
        int first = cluster.codePointAt(0);
        if (isWide(first)) {
            return 2;
        }
        if (cluster.indexOf(VARIATION_SELECTOR_EMOJI) >= 0 || cluster.indexOf(ZERO_WIDTH_JOINER) >= 0
                || isRegionalIndicator(first)) {
            return 2;
        }
        return 1;
    }

    /** Columns of a whole string. */
    public static int of(String text) {
        int width = 0;
        for (String cluster : clusters(text)) {
            width += ofCluster(cluster);
        }
        return width;
    }

    /** The grapheme clusters of {@code text}, in order. */
    public static List<String> clusters(String text) {
        List<String> out = new ArrayList<>(text.length());
        if (isOneCharPerCluster(text)) {
            for (int i = 0; i < text.length(); i++) {
                out.add(String.valueOf(text.charAt(i)));
            }
            return out;
        }
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    /** True when no char joins its neighbour (no surrogates, marks, joiners or selectors): BreakIterator is not needed. */
    private static boolean isOneCharPerCluster(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E && joinsNeighbour(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean joinsNeighbour(char c) {
        if (Character.isSurrogate(c) || c == '\r' || c >= 0x1100 && c <= 0x11FF || c >= 0x200B && c <= 0x200F
                || c >= 0xFE00 && c <= 0xFE0F || c >= 0xFF9E && c <= 0xFF9F) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }

    public static boolean isWide(int codePoint) {
        if (codePoint < 0x1100) {
            return false;
        }
        int lo = 0;
        int hi = WIDE.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (codePoint < WIDE[mid][0]) {
                hi = mid - 1;
            } else if (codePoint > WIDE[mid][1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegionalIndicator(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }
}
