package dev.gloss.glossary;

import dev.gloss.deck.CardIds;
import dev.gloss.deck.Detail;
import dev.gloss.deck.Entry;
import dev.gloss.deck.Faq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the entries of all pages: the same term (case, punctuation and a plural "s" aside, and
 * aliases counting as names) becomes one entry. The definition kept is the one from the first
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
        String loose = CardIds.loose(name);
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
        Map<String, Slot> byName = new HashMap<>();
        for (Found f : found) {
            Slot slot = byName.get(key(f.entry().term()));
            for (int i = 0; slot == null && i < f.entry().aliases().size(); i++) {
                slot = byName.get(key(f.entry().aliases().get(i)));
            }
            if (slot == null) {
                slot = new Slot(f.entry(), f.origin());
                slots.add(slot);
            } else {
                slot.absorb(f.entry(), f.origin());
            }
            byName.putIfAbsent(key(slot.entry.term()), slot);
            for (String alias : slot.entry.aliases()) {
                byName.putIfAbsent(key(alias), slot);
            }
        }
        List<Entry> out = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            out.add(withoutSelfReferences(s.entry));
        }
        return out;
    }

    private static Entry withoutSelfReferences(Entry e) {
        Set<String> own = new java.util.HashSet<>();
        own.add(key(e.term()));
        e.aliases().forEach(a -> own.add(key(a)));
        List<String> related = e.related().stream().filter(r -> !own.contains(key(r))).toList();
        return new Entry(e.term(), e.aliases(), e.definition(), e.details(), e.examples(), e.useCases(), e.faqs(),
                related, e.sources());
    }

    private static final class Slot {
        Entry entry;
        EntryDraft.Origin origin;

        Slot(Entry entry, EntryDraft.Origin origin) {
            this.entry = entry;
            this.origin = origin;
        }

        void absorb(Entry other, EntryDraft.Origin otherOrigin) {
            Entry first = entry;
            Entry second = other;
            if (origin == EntryDraft.Origin.RELATED && otherOrigin == EntryDraft.Origin.PRIMARY) {
                first = other;
                second = entry;
                origin = otherOrigin;
            }
            List<Detail> details = new ArrayList<>(first.details());
            if (!CardIds.loose(second.definition()).equals(CardIds.loose(first.definition()))) {
                details.add(new Detail(OTHER_DEFINITION, second.definition()));
            }
            details.addAll(second.details());
            List<String> aliases = union(first.aliases(), second.aliases());
            aliases.add(0, second.term());
            entry = new Entry(first.term(), withoutName(first.term(), union(aliases, List.of())), first.definition(),
                    uniqueDetails(details), union(first.examples(), second.examples()),
                    union(first.useCases(), second.useCases()), uniqueFaqs(first.faqs(), second.faqs()),
                    union(first.related(), second.related()), union(first.sources(), second.sources()));
        }
    }

    private static List<String> withoutName(String term, List<String> names) {
        String own = CardIds.loose(term);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!CardIds.loose(n).equals(own)) {
                out.add(n);
            }
        }
        return out;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        for (String s : a) {
            byKey.putIfAbsent(CardIds.loose(s), s);
        }
        for (String s : b) {
            byKey.putIfAbsent(CardIds.loose(s), s);
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<Detail> uniqueDetails(List<Detail> details) {
        Set<String> seen = new LinkedHashSet<>();
        List<Detail> out = new ArrayList<>();
        for (Detail d : details) {
            if (seen.add(CardIds.loose(d.text()))) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<Faq> uniqueFaqs(List<Faq> a, List<Faq> b) {
        Set<String> seen = new LinkedHashSet<>();
        List<Faq> out = new ArrayList<>();
        for (List<Faq> list : List.of(a, b)) {
            for (Faq f : list) {
                if (seen.add(CardIds.loose(f.question()))) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}
