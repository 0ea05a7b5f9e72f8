package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic review log (optimizer CSV) simulated from known parameters, the way the
 * reference case was made (README.md): cards introduced evenly, first rating 25/10/55/10%, each
 * interval aimed at a retention drawn from U(0.70, 0.97) (20% then scaled by U(0.5, 2)), recalled with
 * probability R, passes Hard/Good/Easy 15/75/10%. Optionally a share of first reviews and lapses is
 * followed by a same-day review ten minutes later, which exercises the short-term formula.
 * Not a test; run by bench/optimizer/make-histories.
 */
public final class HistorySimulator {
    record Spec(String name, long seed, int cards, int introDays, int horizonDays, int maxReviews,
                double sameDayShare, double[] groundTruth) {
    }

    private HistorySimulator() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        for (Spec spec : specs()) {
            write(spec, dir.resolve(spec.name() + ".csv"));
        }
    }

    static List<Spec> specs() {
        return List.of(
                new Spec("history-b", 5151, 5000, 400, 800, 30, 0.0, new double[] {
                        0.6, 1.8, 4.5, 15.0, 5.4, 1.1, 1.6, 0.05, 1.45, 0.22, 1.2,
                        2.1, 0.11, 0.45, 1.9, 0.35, 2.8, 0.4, 0.2, 0.1, 0.45}),
                new Spec("history-c", 7373, 3500, 300, 600, 25, 0.35, new double[] {
                        0.15, 0.9, 2.2, 6.0, 7.1, 0.5, 3.4, 0.003, 2.2, 0.1, 0.6,
                        1.1, 0.04, 0.2, 1.3, 0.7, 1.5, 0.8, 0.3, 0.15, 0.12}));
    }

    static void write(Spec spec, Path file) {
        Random random = new Random(spec.seed());
        MemoryModel model = new MemoryModel(spec.groundTruth());
        double decay = -spec.groundTruth()[20];
        double factor = Math.pow(0.9, 1 / decay) - 1;
        List<String[]> rows = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        long dayZero = 1704067200000L; // 2024-01-01T00:00Z
        for (int card = 1; card <= spec.cards(); card++) {
            int day = (int) ((long) (card - 1) * spec.introDays() / spec.cards());
            long secondOfDay = 28800 + (card * 7919L) % 36000;
            int rating = pick(random, new int[] {25, 10, 55, 10}) + 1;
            double s = model.initialStability(rating);
            double d = model.initialDifficulty(rating);
            long time = dayZero + day * 86400000L + secondOfDay * 1000;
            add(rows, keys, card, time, rating, 0, random);
            int reviews = 1;
            boolean sameDayPending = random.nextDouble() < spec.sameDayShare();
            while (reviews < spec.maxReviews()) {
                if (sameDayPending) {
                    time += 600_000;
                    int sameDayRating = random.nextDouble() < 0.2 ? 1 : 3;
                    double nextS = model.nextStability(s, d, 0, sameDayRating);
                    d = model.nextDifficulty(d, sameDayRating);
                    s = nextS;
                    add(rows, keys, card, time, sameDayRating, 1, random);
                    reviews++;
                    sameDayPending = false;
                    continue;
                }
                double target = 0.70 + 0.27 * random.nextDouble();
                long interval = Math.max(1, Math.round(s * (Math.pow(target, 1 / decay) - 1) / factor));
                if (random.nextDouble() < 0.2) {
                    interval = Math.max(1, Math.round(interval * (0.5 + 1.5 * random.nextDouble())));
                }
                day += (int) Math.min(interval, 100000);
                if (day > spec.horizonDays()) {
                    break;
                }
                double r = model.retrievability(interval, s);
                int next = random.nextDouble() < r ? pick(random, new int[] {0, 15, 75, 10}) + 1 : 1;
                double nextS = model.nextStability(s, d, (int) interval, next);
                d = model.nextDifficulty(d, next);
                s = nextS;
                time = dayZero + day * 86400000L + secondOfDay * 1000;
                add(rows, keys, card, time, next, 2, random);
                reviews++;
                sameDayPending = next == 1 && random.nextDouble() < spec.sameDayShare();
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> keys.get(i)[0]).thenComparingLong(i -> keys.get(i)[1]));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.print("card_id,review_time,review_rating,review_state,review_duration\n");
            for (int i : order) {
                out.print(String.join(",", rows.get(i)) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(file + ": " + rows.size() + " reviews, ground truth " + Parameters.of(spec.groundTruth()).format());
    }

    private static void add(List<String[]> rows, List<long[]> keys, int card, long time, int rating, int state,
                            Random random) {
        rows.add(new String[] {Integer.toString(card), Long.toString(time), Integer.toString(rating),
                Integer.toString(state), Integer.toString(3000 + random.nextInt(9000))});
        keys.add(new long[] {time, card});
    }

    private static int pick(Random random, int[] percent) {
        int roll = random.nextInt(100);
        for (int i = 0; i < percent.length; i++) {
            roll -= percent[i];
            if (roll < 0) {
                return i;
            }
        }
        return percent.length - 1;
    }
}
