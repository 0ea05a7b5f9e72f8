package dev.gloss.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * How each {@link Style} looks. Text keeps the terminal's own foreground and background; the few
 * colours used are the terminal's ANSI red, green and blue (its theme makes them readable on a
 * dark or light background), and every distinction also has an attribute (bold, underline,
 * reverse, strike-through), so {@code NO_COLOR} loses no information.
 */
final class Palette {
    private final Map<Style, Look> looks = new EnumMap<>(Style.class);

    private Palette(boolean colour) {
        for (Style s : Style.values()) {
            looks.put(s, look(s, colour));
        }
    }

    /** Colours unless {@code NO_COLOR} is set (to anything, see no-color.org). */
    static Palette forEnvironment(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return new Palette(noColor == null || noColor.isEmpty());
    }

    static Palette colour() {
        return new Palette(true);
    }

    static Palette monochrome() {
        return new Palette(false);
    }

    Look of(Style style) {
        return looks.get(style);
    }

    private static Look look(Style style, boolean colour) {
        TextColor d = TextColor.ANSI.DEFAULT;
        return switch (style) {
            case NORMAL -> new Look(d, d, EnumSet.noneOf(SGR.class));
            case STRONG, KEY -> new Look(d, d, EnumSet.of(SGR.BOLD));
            case QUIET -> new Look(d, d, EnumSet.of(SGR.ITALIC));
            case SELECTED, CURSOR -> new Look(d, d, EnumSet.of(SGR.REVERSE));
            case NEW_COUNT -> new Look(colour ? TextColor.ANSI.BLUE : d, d, EnumSet.noneOf(SGR.class));
            case LEARNING_COUNT -> new Look(colour ? TextColor.ANSI.RED : d, d, EnumSet.noneOf(SGR.class));
            case REVIEW_COUNT -> new Look(colour ? TextColor.ANSI.GREEN : d, d, EnumSet.noneOf(SGR.class));
            case RIGHT -> new Look(colour ? TextColor.ANSI.GREEN : d, d, EnumSet.of(SGR.BOLD));
            case WRONG -> new Look(colour ? TextColor.ANSI.RED : d, d, EnumSet.of(SGR.CROSSED_OUT));
            case MISSING, FOUND -> new Look(colour ? TextColor.ANSI.GREEN : d, d, EnumSet.of(SGR.UNDERLINE));
            case PROPOSED -> new Look(d, d, EnumSet.of(SGR.REVERSE, SGR.BOLD));
            case WARNING -> new Look(colour ? TextColor.ANSI.RED : d, d, EnumSet.of(SGR.BOLD));
        };
    }
}
