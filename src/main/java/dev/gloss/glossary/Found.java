package dev.gloss.glossary;

import dev.gloss.deck.Entry;

/** An entry as one page gave it, with whether the page was about it or only mentioned it. */
record Found(Entry entry, EntryDraft.Origin origin) {
}
