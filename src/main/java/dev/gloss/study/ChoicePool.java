package dev.gloss.study;

import dev.gloss.deck.CardKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers of a session's decks, read once, from which choice questions take their wrong
 * options: the answers of other cards of the same deck and kind that look most like the right one.
 * Similarity is TF-IDF cosine over words, plus letter-trigram overlap for short answers (terms
 * rarely share words) and a little for similar length, so options are plausible, not random.
 */
public final class ChoicePool {
    /** Answers longer than this are compared by their words only (trigrams of long texts cost and add little). */
    private static final int TRIGRAM_LENGTH = 60;

    private final Map<Group, List<Candidate>> groups = new HashMap<>();
    private final Map<Group, Map<String, Double>> idf = new HashMap<>();

    private record Group(long deckId, CardKind kind) {
    }

    private record Candidate(long cardId, String answer, String key, Map<String, Double> weights, double norm,
                             Set<String> trigrams, int length) {
    }

    public ChoicePool(List<DeckAnswer> answers) {
        Map<Group, List<DeckAnswer>> byGroup = new HashMap<>();
        for (DeckAnswer a : answers) {
            byGroup.computeIfAbsent(new Group(a.deckId(), a.kind()), g -> new ArrayList<>()).add(a);
        }
        byGroup.forEach((group, list) -> {
            Map<String, Integer> documentFrequency = new HashMap<>();
            List<List<String>> tokens = new ArrayList<>(list.size());
            for (DeckAnswer a : list) {
                List<String> t = tokens(AnswerCheck.normalize(a.answer()));
                tokens.add(t);
                new HashSet<>(t).forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
            }
            Map<String, Double> weights = new HashMap<>();
            documentFrequency.forEach((w, df) -> weights.put(w, Math.log((list.size() + 1.0) / (df + 1.0)) + 1));
            idf.put(group, weights);
            List<Candidate> candidates = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                DeckAnswer a = list.get(i);
                candidates.add(candidate(a.cardId(), a.answer(), tokens.get(i), weights));
            }
            groups.put(group, candidates);
        });
    }

    /**
     * Up to {@code n} distinct answers of other cards in the card's deck and of its kind, most
     * similar to its answer first; ties are broken by an order seeded with the card's id.
     */
    public List<String> similarAnswers(StudyCard card, int n) {
        Group group = new Group(card.deckId(), card.kind());
        List<Candidate> candidates = groups.getOrDefault(group, List.of());
        Candidate target = candidate(card.id(), card.back(), tokens(AnswerCheck.normalize(card.back())),
                idf.getOrDefault(group, Map.of()));
        record Scored(Candidate candidate, double score, long tieBreak) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.cardId() != card.id() && !c.key().isEmpty() && !c.key().equals(target.key())) {
                scored.add(new Scored(c, similarity(target, c), mix(card.id(), c.cardId())));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::tieBreak));
        List<String> out = new ArrayList<>(n);
        Set<String> seen = new HashSet<>();
        seen.add(target.key());
        for (Scored s : scored) {
            if (out.size() == n) {
                break;
            }
            if (seen.add(s.candidate().key())) {
                out.add(s.candidate().answer());
            }
        }
        return out;
    }

    private static Candidate candidate(long cardId, String answer, List<String> tokens, Map<String, Double> idf) {
        Map<String, Double> weights = new HashMap<>();
        for (String t : tokens) {
            weights.merge(t, idf.getOrDefault(t, 1.0), Double::sum);
        }
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        String key = String.join(" ", tokens);
        Set<String> trigrams = key.length() <= TRIGRAM_LENGTH ? trigrams(key) : Set.of();
        return new Candidate(cardId, AnswerCheck.display(answer), key, weights, norm, trigrams,
                key.codePointCount(0, key.length()));
    }

    private static double similarity(Candidate a, Candidate b) {
        double dot = 0;
        Map<String, Double> small = a.weights().size() <= b.weights().size() ? a.weights() : b.weights();
        Map<String, Double> large = small == a.weights() ? b.weights() : a.weights();
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        double cosine = a.norm() == 0 || b.norm() == 0 ? 0 : dot / (a.norm() * b.norm());
        double letters = jaccard(a.trigrams(), b.trigrams());
        double length = Math.min(a.length(), b.length()) / (double) Math.max(1, Math.max(a.length(), b.length()));
        return cosine + 0.5 * letters + 0.25 * length;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String s : small) {
            if (large.contains(s)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }

    private static List<String> tokens(String normalized) {
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    private static Set<String> trigrams(String key) {
        String padded = " " + key + " ";
        int[] cps = padded.codePoints().toArray();
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= cps.length; i++) {
            out.add(new String(cps, i, 3));
        }
        return out;
    }

    /** A well-spread hash of two ids (SplitMix64's finaliser), so ties fall in a fixed but unsorted order. */
    private static long mix(long seed, long value) {
        long z = seed * 0x9E3779B97F4A7C15L + value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
