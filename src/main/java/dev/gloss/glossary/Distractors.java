package dev.gloss.glossary;

import dev.gloss.deck.Entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Wrong options for multiple-choice cards: the entries whose definitions are most similar to the
 * answer's, by TF-IDF cosine over the definitions (stop words removed, a plural "s" folded).
 * Vectors are sparse and built once; similarities come from an inverted index, so only entries
 * sharing a word are ever compared, in parallel chunks. Never an alias or the same name as the
 * answer.
 */
final class Distractors {
    private static final Set<String> STOP_WORDS = WordSets.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
            "which", "who", "whom", "what", "when", "where", "how", "why", "can", "could", "may", "might", "will",
            "would", "should", "must", "do", "does", "did", "has", "have", "had", "not", "no", "so", "such",
            "than", "then", "there", "their", "they", "them", "we", "you", "your", "our", "he", "she", "his",
            "her", "into", "onto", "over", "under", "about", "between", "through", "each", "any", "all", "some",
            "more", "most", "other", "also", "often", "used", "use", "uses", "using", "one", "two", "like",
            "e.g", "eg", "i.e", "ie", "etc", "via", "within", "without", "while", "where", "whose", "if", "else",
            "very", "only", "just", "both", "either", "neither", "own", "same", "up", "out", "way", "ways");

    private Distractors() {
    }

    /** Above this many entries, words in more than a quarter of all definitions stop counting: they say little. */
    private static final int PRUNE_COMMON_WORDS_FROM = 400;
    private static final int CHUNK = 64;

    /** For each entry, up to {@code count} indexes of other entries to offer as wrong options. */
    static int[][] choose(List<Entry> entries, int count) {
        Vectors v = Vectors.of(entries);
        Names names = new Names(entries);
        int n = entries.size();
        int maxPosting = n >= PRUNE_COMMON_WORDS_FROM ? n / 4 : Integer.MAX_VALUE;
        int[][] result = new int[n][];
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            float[] scores = new float[n];
            int[] touched = new int[n];
            for (int d = chunk * CHUNK; d < Math.min(n, (chunk + 1) * CHUNK); d++) {
                int touchedCount = v.accumulate(d, scores, touched, maxPosting);
                result[d] = best(d, count, scores, touched, touchedCount, names);
                for (int k = 0; k < touchedCount; k++) {
                    scores[touched[k]] = 0f;
                }
            }
        });
        return result;
    }

    /** Sparse, length-normalised TF-IDF vectors of the definitions, with an inverted index over them. */
    private record Vectors(int[][] termIds, float[][] weights, int[][] postingDocs, float[][] postingWeights) {

        static Vectors of(List<Entry> entries) {
            int n = entries.size();
            Map<String, Integer> vocabulary = new HashMap<>();
            List<Map<Integer, Integer>> counts = new ArrayList<>(n);
            List<Integer> documentFrequency = new ArrayList<>();
            for (Entry e : entries) {
                Map<Integer, Integer> tf = new HashMap<>();
                for (String token : tokens(e.definition())) {
                    int id = vocabulary.computeIfAbsent(token, t -> vocabulary.size());
                    if (id == documentFrequency.size()) {
                        documentFrequency.add(0);
                    }
                    if (tf.merge(id, 1, Integer::sum) == 1) {
                        documentFrequency.set(id, documentFrequency.get(id) + 1);
                    }
                }
                counts.add(tf);
            }
            int[][] termIds = new int[n][];
            float[][] weights = new float[n][];
            int[] postingSizes = new int[vocabulary.size()];
            for (int d = 0; d < n; d++) {
                Map<Integer, Integer> tf = counts.get(d);
                int[] ids = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                float[] w = new float[ids.length];
                double norm = 0;
                for (int k = 0; k < ids.length; k++) {
                    double idf = Math.log((1.0 + n) / (1.0 + documentFrequency.get(ids[k]))) + 1.0;
                    w[k] = (float) ((1.0 + Math.log(tf.get(ids[k]))) * idf);
                    norm += (double) w[k] * w[k];
                    postingSizes[ids[k]]++;
                }
                float inverse = norm == 0 ? 0 : (float) (1.0 / Math.sqrt(norm));
                for (int k = 0; k < w.length; k++) {
                    w[k] *= inverse;
                }
                termIds[d] = ids;
                weights[d] = w;
            }
            int[][] postingDocs = new int[postingSizes.length][];
            float[][] postingWeights = new float[postingSizes.length][];
            for (int t = 0; t < postingSizes.length; t++) {
                postingDocs[t] = new int[postingSizes[t]];
                postingWeights[t] = new float[postingSizes[t]];
            }
            int[] fill = new int[postingSizes.length];
            for (int d = 0; d < n; d++) {
                for (int k = 0; k < termIds[d].length; k++) {
                    int t = termIds[d][k];
                    postingDocs[t][fill[t]] = d;
                    postingWeights[t][fill[t]++] = weights[d][k];
                }
            }
            return new Vectors(termIds, weights, postingDocs, postingWeights);
        }

        /** Adds the cosine of document {@code d} with every document sharing a word; returns how many were touched. */
        int accumulate(int d, float[] scores, int[] touched, int maxPosting) {
            int touchedCount = 0;
            for (int k = 0; k < termIds[d].length; k++) {
                int t = termIds[d][k];
                int[] docs = postingDocs[t];
                if (docs.length > maxPosting) {
                    continue;
                }
                float w = weights[d][k];
                float[] ws = postingWeights[t];
                for (int p = 0; p < docs.length; p++) {
                    int other = docs[p];
                    if (other == d) {
                        continue;
                    }
                    if (scores[other] == 0f) {
                        touched[touchedCount++] = other;
                    }
                    scores[other] += w * ws[p];
                }
            }
            return touchedCount;
        }
    }

    private static int[] best(int answer, int count, float[] scores, int[] touched, int touchedCount, Names names) {
        int[] chosen = new int[count];
        float[] chosenScore = new float[count];
        int size = 0;
        for (int k = 0; k < touchedCount; k++) {
            int candidate = touched[k];
            float s = scores[candidate];
            if (s <= 0f || !names.canStandFor(candidate, answer)) {
                continue;
            }
            int pos = size;
            while (pos > 0 && (chosenScore[pos - 1] < s || (chosenScore[pos - 1] == s && chosen[pos - 1] > candidate))) {
                pos--;
            }
            if (pos >= count) {
                continue;
            }
            int end = Math.min(size, count - 1);
            System.arraycopy(chosen, pos, chosen, pos + 1, end - pos);
            System.arraycopy(chosenScore, pos, chosenScore, pos + 1, end - pos);
            chosen[pos] = candidate;
            chosenScore[pos] = s;
            size = Math.min(size + 1, count);
        }
        // Too few similar definitions: take the next entries in page order.
        int n = names.size();
        for (int step = 1; size < count && step < n; step++) {
            int candidate = (answer + step) % n;
            if (names.canStandFor(candidate, answer) && !contains(chosen, size, candidate)) {
                chosen[size++] = candidate;
            }
        }
        return Arrays.copyOf(chosen, size);
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String token = lower.substring(start, i);
                start = -1;
                if (token.length() < 2 || STOP_WORDS.contains(token)) {
                    continue;
                }
                if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")) {
                    token = token.substring(0, token.length() - 1);
                }
                out.add(token);
            }
        }
        return out;
    }

    /** The names (term and aliases) of every entry as small ids, to keep an answer's own names out of its options. */
    private static final class Names {
        private final int[] termIds;
        private final int[][] nameIds;

        Names(List<Entry> entries) {
            Map<String, Integer> ids = new HashMap<>();
            termIds = new int[entries.size()];
            nameIds = new int[entries.size()][];
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                termIds[i] = ids.computeIfAbsent(EntryMerger.key(e.term()), k -> ids.size());
                int[] names = new int[1 + e.aliases().size()];
                names[0] = termIds[i];
                for (int a = 0; a < e.aliases().size(); a++) {
                    names[a + 1] = ids.computeIfAbsent(EntryMerger.key(e.aliases().get(a)), k -> ids.size());
                }
                nameIds[i] = names;
            }
        }

        int size() {
            return termIds.length;
        }

        boolean canStandFor(int candidate, int answer) {
            return candidate != answer && !contains(nameIds[answer], termIds[candidate])
                    && !contains(nameIds[candidate], termIds[answer]);
        }

        private static boolean contains(int[] values, int value) {
            for (int v : values) {
                if (v == value) {
                    return true;
                }
            }
            return false;
        }
    }
}
