package dev.gloss.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

import java.util.EnumSet;

/** Colours and attributes of a cell. */
record Look(TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {

    Look {
        modifiers = modifiers.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(modifiers);
    }

    @Override
    public EnumSet<SGR> modifiers() {
        return EnumSet.copyOf(modifiers);
    }
}
