package dev.gloss.schedule.optimizer;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loss and gradient of a batch computed as two halves, the second on a worker thread when the
 * machine has a second core. The halves are always summed in the same order, so the result is
 * bit-identical with or without the worker.
 */
final class SplitGradient implements AutoCloseable {
    private final ExecutorService worker;
    private final double[] firstHalf = new double[21];
    private final double[] secondHalf = new double[21];

    SplitGradient() {
        worker = Runtime.getRuntime().availableProcessors() > 1
                ? Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "gloss-optimizer");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
    }

    /** Adds the gradient of the sequences {@code order[from..to)} to {@code gradient}; returns their loss. */
    double accumulate(double[] w, TrainingSet set, int[] order, int from, int to, double[] gradient) {
        int middle = (from + to) >>> 1;
        java.util.Arrays.fill(firstHalf, 0);
        java.util.Arrays.fill(secondHalf, 0);
        double[] losses = both(
                () -> new LossGradient(w).accumulate(set, order, from, middle, firstHalf),
                () -> new LossGradient(w).accumulate(set, order, middle, to, secondHalf));
        for (int i = 0; i < gradient.length; i++) {
            gradient[i] += firstHalf[i] + secondHalf[i];
        }
        return losses[0] + losses[1];
    }

    /** Loss of all sequences, no gradient. */
    double loss(double[] w, TrainingSet set) {
        int middle = set.sequenceCount() >>> 1;
        double[] losses = both(
                () -> new LossGradient(w).loss(set, 0, middle),
                () -> new LossGradient(w).loss(set, middle, set.sequenceCount()));
        return losses[0] + losses[1];
    }

    private double[] both(java.util.function.DoubleSupplier first, java.util.concurrent.Callable<Double> second) {
        if (worker == null) {
            double a = first.getAsDouble();
            double b;
            try {
                b = second.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new double[] {a, b};
        }
        Future<Double> pending = worker.submit(second);
        double a = first.getAsDouble();
        try {
            return new double[] {a, pending.get()};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fitting was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
