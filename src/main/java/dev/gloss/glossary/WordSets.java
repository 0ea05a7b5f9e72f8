package dev.gloss.glossary;

import java.util.Arrays;
import java.util.Set;

/** Word lists written by hand as data; a word listed twice is harmless. */
final class WordSets {
    private WordSets() {
    }

    static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
