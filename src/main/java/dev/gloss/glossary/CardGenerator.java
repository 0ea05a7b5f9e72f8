package dev.gloss.glossary;

import dev.gloss.deck.Card;
import dev.gloss.deck.CardIds;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Detail;
import dev.gloss.deck.Entry;
import dev.gloss.deck.Faq;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Entries to cards. Per entry: definition (term → definition), reverse (definition with the term
 * and aliases masked → term), cloze (a sentence about the term with it blanked), choice (which of
 * four terms matches the definition; only with four entries or more), and one card per question.
 * Ids come from {@link CardIds} with a key that never includes answer text, so editing a
 * definition or an answer keeps the card's id (and its progress).
 */
final class CardGenerator {
    static final String MASK = "___";
    static final String BLANK = "____";
    static final String CHOICE_PROMPT = "Which term matches this definition? ";
    static final int CHOICE_OPTIONS = 4;
    private static final int CLOZE_MIN_WORDS = 6;
    private static final int CLOZE_MAX_WORDS = 40;
    private static final int MIN_PROMPT_WORDS = 3;

    private CardGenerator() {
    }

    static List<Card> generate(String deckName, List<Entry> entries, List<Faq> pageFaqs) {
        int[][] distractors = entries.size() >= CHOICE_OPTIONS
                ? Distractors.choose(entries, CHOICE_OPTIONS - 1) : new int[entries.size()][0];
        // A question gets one card, under the first entry that asks it; decided in order, before the parallel part.
        Set<String> questions = new HashSet<>();
        List<List<Faq>> ownFaqs = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            ownFaqs.add(firstAsked(e.faqs(), questions));
        }
        List<Faq> ownPageFaqs = firstAsked(pageFaqs, questions);
        List<List<Card>> perEntry = IntStream.range(0, entries.size()).parallel()
                .mapToObj(i -> cardsFor(deckName, entries, i, distractors[i], ownFaqs.get(i)))
                .toList();
        List<Card> cards = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        perEntry.forEach(list -> list.forEach(c -> add(cards, ids, c)));
        for (Faq f : ownPageFaqs) {
            faqCard(deckName, "", f).ifPresent(c -> add(cards, ids, c));
        }
        // New cards are studied in deck order: grouping by kind keeps a term's cards apart (all definitions
        // first, then the reverse cards, ...), as Anki's "card type, then order gathered" does for siblings.
        cards.sort(Comparator.comparing(Card::kind));
        return cards;
    }

    private static List<Faq> firstAsked(List<Faq> faqs, Set<String> asked) {
        List<Faq> out = new ArrayList<>();
        for (Faq f : faqs) {
            if (asked.add(Keys.loose(f.question()))) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Card> cardsFor(String deckName, List<Entry> entries, int i, int[] distractors, List<Faq> faqs) {
        Entry e = entries.get(i);
        String term = TextCleanup.flat(e.term());
        String definition = Sentences.trim(e.definition(), Sentences.MAX_CARD_WORDS);
        List<Card> cards = new ArrayList<>();
        if (term.isEmpty() || definition.isEmpty()) {
            return cards;
        }
        TermPattern names = TermPattern.ofAny(names(e));
        String masked = names == null ? definition : TextCleanup.flat(names.replaceAll(definition, MASK));
        boolean maskedSaysEnough = Sentences.words(masked.replace(MASK, "")) >= MIN_PROMPT_WORDS;
        cards.add(card(deckName, term, CardKind.DEFINITION, "", term, definition, List.of()));
        if (maskedSaysEnough) {
            cards.add(card(deckName, term, CardKind.REVERSE, "", masked, term, List.of()));
        }
        cloze(deckName, e, names).ifPresent(cards::add);
        if (distractors.length == CHOICE_OPTIONS - 1 && maskedSaysEnough) {
            cards.add(choice(deckName, term, masked, entries, distractors));
        }
        for (Faq f : faqs) {
            faqCard(deckName, term, f).ifPresent(cards::add);
        }
        return cards;
    }

    private static List<String> names(Entry e) {
        List<String> names = new ArrayList<>();
        names.add(e.term());
        names.addAll(e.aliases());
        return names;
    }

    private static Optional<Card> faqCard(String deckName, String term, Faq f) {
        String question = TextCleanup.flat(f.question());
        String answer = Sentences.trim(f.answer(), Sentences.MAX_CARD_WORDS);
        if (question.isEmpty() || answer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(card(deckName, term, CardKind.FAQ, question, question, answer, List.of()));
    }

    /**
     * A sentence from the details, examples or, last, the definition (when it has more than one
     * sentence) that holds the term, with every occurrence (and any alias) blanked; the back is the
     * term as the sentence writes it.
     */
    private static Optional<Card> cloze(String deckName, Entry e, TermPattern names) {
        TermPattern term = TermPattern.of(e.term());
        if (term == null || names == null) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (Detail d : e.details()) {
            texts.add(d.text());
        }
        texts.addAll(e.examples());
        // A one-sentence definition is already the reverse card's prompt; a cloze of it would repeat that card.
        if (Sentences.split(e.definition()).size() > 1) {
            texts.add(e.definition());
        }
        for (String text : texts) {
            for (String sentence : Sentences.split(text)) {
                String s = TextCleanup.flat(sentence);
                int words = Sentences.words(s);
                if (words < CLOZE_MIN_WORDS || words > CLOZE_MAX_WORDS || s.endsWith("?")) {
                    continue;
                }
                String answer = term.firstOccurrence(s);
                if (answer == null) {
                    continue;
                }
                String front = TextCleanup.flat(names.replaceAll(s, BLANK));
                return Optional.of(card(deckName, e.term(), CardKind.CLOZE, s, front, answer, List.of()));
            }
        }
        return Optional.empty();
    }

    private static Card choice(String deckName, String term, String masked, List<Entry> entries, int[] distractors) {
        List<String> options = new ArrayList<>();
        options.add(term);
        for (int d : distractors) {
            options.add(TextCleanup.flat(entries.get(d).term()));
        }
        String id = CardIds.of(deckName, term, CardKind.CHOICE, "");
        // Shuffled by the id, so the order is the same on every run but the answer is not always first.
        Collections.shuffle(options, new Random(id.hashCode()));
        return card(deckName, term, CardKind.CHOICE, "", CHOICE_PROMPT + masked, term, options);
    }

    private static Card card(String deckName, String term, CardKind kind, String key, String front, String back,
                             List<String> choices) {
        return new Card(CardIds.of(deckName, term, kind, key), kind, term, TextCleanup.flat(front),
                TextCleanup.flat(back), choices, List.of());
    }

    private static void add(List<Card> cards, Set<String> ids, Card card) {
        if (!card.front().isEmpty() && !card.back().isEmpty() && ids.add(card.id())) {
            cards.add(card);
        }
    }
}
