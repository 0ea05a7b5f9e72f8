package dev.gloss.deck;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Deck names: "::" separates levels; each level is trimmed and must not be empty. */
public final class DeckNames {
    public static final String SEPARATOR = "::";

    private DeckNames() {
    }

    public static String normalize(String name) {
        if (name == null || PlainText.clean(name).isBlank()) {
            throw new IllegalArgumentException("deck name is missing");
        }
        List<String> levels = levels(PlainText.clean(name));
        if (levels.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("deck name '" + name + "' has an empty level");
        }
        return String.join(SEPARATOR, levels);
    }

    public static List<String> levels(String name) {
        return Arrays.stream(name.split(SEPARATOR, -1)).map(String::strip).collect(Collectors.toList());
    }

    /** True when {@code name} is {@code root} itself or one of its sub-decks. */
    public static boolean isWithin(String name, String root) {
        return name.equalsIgnoreCase(root) || name.toLowerCase(java.util.Locale.ROOT)
                .startsWith(root.toLowerCase(java.util.Locale.ROOT) + SEPARATOR);
    }
}
