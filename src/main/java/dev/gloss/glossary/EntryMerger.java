package dev.gloss.glossary;

import dev.gloss.deck.Detail;
import dev.gloss.deck.Entry;
import dev.gloss.deck.Faq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the entries of all pages: the same term (case, punctuation and a plural "s" aside, and
 * aliases counting as names: a term matches another's term or alias) becomes one entry. The definition kept is the one from the first
 * page that is about the term (a page whose subject it is beats a related-terms blurb; among
 * equals the first source, in the order the files were given and folders listed, wins); a
 * different definition from another page is kept as a detail. Details, examples, use cases,
 * questions (compared loosely), related terms and sources are unions.
 */
final class EntryMerger {
    static final String OTHER_DEFINITION = "Also defined as";

    private EntryMerger() {
    }

    /** The name under which entries merge: loose form, a final plural "s" dropped. */
    static String key(String name) {
        String loose = Keys.loose(name);
        int space = loose.lastIndexOf(' ');
        String last = loose.substring(space + 1);
        if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us")
                && !last.endsWith("is")) {
            return loose.substring(0, loose.length() - 1);
        }
        return loose;
    }

    static List<Entry> merge(List<Found> found) {
        List<Slot> slots = new ArrayList<>();
        Map<String, Slot> byTerm = new HashMap<>();
        Map<String, Slot> byAlias = new HashMap<>();
        for (Found f : found) {
            String termKey = key(f.entry().term());
            // A term matches a term or an alias; two aliases alone never merge ("PR" may be two things).
            Slot slot = byTerm.containsKey(termKey) ? byTerm.get(termKey) : byAlias.get(termKey);
            for (int i = 0; slot == null && i < f.entry().aliases().size(); i++) {
                slot = byTerm.get(key(f.entry().aliases().get(i)));
            }
            if (slot == null) {
                slot = new Slot(f.entry(), f.origin());
                slots.add(slot);
            } else {
                slot.absorb(f.entry(), f.origin());
            }
            byTerm.putIfAbsent(key(slot.term), slot);
            byTerm.putIfAbsent(termKey, slot);
            for (String alias : f.entry().aliases()) {
                byAlias.putIfAbsent(key(alias), slot);
            }
        }
        List<Entry> out = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            out.add(s.build());
        }
        return out;
    }

    /** One merged entry while pages are being merged; lists keep first-seen order and drop loose duplicates. */
    private static final class Slot {
        private String term;
        private String definition;
        private EntryDraft.Origin origin;
        private final Unique<String> aliases = new Unique<>();
        private final Unique<Detail> details = new Unique<>();
        private final Unique<String> examples = new Unique<>();
        private final Unique<String> useCases = new Unique<>();
        private final Unique<Faq> faqs = new Unique<>();
        private final Unique<String> related = new Unique<>();
        private final Unique<String> sources = new Unique<>();

        Slot(Entry entry, EntryDraft.Origin origin) {
            this.term = entry.term();
            this.definition = entry.definition();
            this.origin = origin;
            addLists(entry);
        }

        void absorb(Entry other, EntryDraft.Origin otherOrigin) {
            if (origin == EntryDraft.Origin.RELATED && otherOrigin == EntryDraft.Origin.PRIMARY) {
                // A page about the term beats a related-terms blurb: its name and definition lead.
                String previousDefinition = definition;
                aliases.add(Keys.loose(term), term);
                term = other.term();
                definition = other.definition();
                origin = otherOrigin;
                List<Detail> kept = details.values();
                details.clear();
                other.details().forEach(d -> details.add(d.text(), d));
                details.add(previousDefinition, new Detail(OTHER_DEFINITION, previousDefinition));
                kept.forEach(d -> details.add(d.text(), d));
            } else {
                aliases.add(Keys.loose(other.term()), other.term());
                if (!other.definition().equals(definition)
                        && !Keys.loose(other.definition()).equals(Keys.loose(definition))) {
                    details.add(other.definition(), new Detail(OTHER_DEFINITION, other.definition()));
                }
            }
            addLists(other);
        }

        private void addLists(Entry e) {
            e.aliases().forEach(a -> aliases.add(Keys.loose(a), a));
            // Long texts are compared as written (they are already normalised); names loosely.
            e.details().forEach(d -> details.add(d.text(), d));
            e.examples().forEach(x -> examples.add(x, x));
            e.useCases().forEach(u -> useCases.add(Keys.loose(u), u));
            e.faqs().forEach(f -> faqs.add(Keys.loose(f.question()), f));
            e.related().forEach(r -> related.add(key(r), r));
            e.sources().forEach(s -> sources.add(s, s));
        }

        Entry build() {
            Set<String> own = new HashSet<>();
            own.add(key(term));
            List<String> aliasList = new ArrayList<>();
            for (String a : aliases.values()) {
                if (own.add(key(a))) {
                    aliasList.add(a);
                }
            }
            List<String> relatedList = related.values().stream().filter(r -> !own.contains(key(r))).toList();
            return new Entry(term, aliasList, definition, details.values(), examples.values(), useCases.values(),
                    faqs.values(), relatedList, sources.values());
        }
    }

    /** Values in first-seen order, one per key. */
    private static final class Unique<T> {
        private final Map<String, T> byKey = new LinkedHashMap<>();

        void add(String key, T value) {
            byKey.putIfAbsent(key, value);
        }

        void clear() {
            byKey.clear();
        }

        List<T> values() {
            return new ArrayList<>(byKey.values());
        }
    }
}
