package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Questions about a key press, so pages read like their key maps. */
final class Keys {
    private Keys() {
    }

    /** The plain character {@code c} (no Ctrl or Alt). */
    static boolean is(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && key.getCharacter() == c;
    }

    static boolean isCtrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && !key.isAltDown()
                && Character.toLowerCase(key.getCharacter()) == c;
    }

    static boolean is(KeyStroke key, KeyType type) {
        return key.getKeyType() == type;
    }

    /** Enter or Space. */
    static boolean isConfirm(KeyStroke key) {
        return is(key, KeyType.Enter) || is(key, ' ');
    }

    /** A digit 1..9 as a number, or 0 when the key is something else. */
    static int digit(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()) {
            char c = key.getCharacter();
            if (c >= '1' && c <= '9') {
                return c - '0';
            }
        }
        return 0;
    }

    /** A character to type into a field: no Ctrl or Alt, not a control character. */
    static boolean isTyped(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && key.getCharacter() >= 0x20 && key.getCharacter() != 0x7F;
    }
}
