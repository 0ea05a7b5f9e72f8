package dev.gloss.schedule.optimizer;

/** Learning rate η_k = η_0·(1 + cos(π·k / T)) / 2 for steps k = 1, 2, … (cosine annealing to 0 at T). */
final class CosineAnnealing {
    private final double initialRate;
    private final double period;
    private int step;

    CosineAnnealing(double initialRate, double period) {
        this.initialRate = initialRate;
        this.period = period;
    }

    double next() {
        step++;
        return initialRate * (1 + Math.cos(Math.PI * step / period)) / 2;
    }
}
