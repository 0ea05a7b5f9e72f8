package dev.gloss.schedule.optimizer;

/** Adam (Kingma and Ba) with bias correction; β1 = 0.9, β2 = 0.999, ε = 1e-8 as fsrs-rs configures it. */
final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double[] firstMoment;
    private final double[] secondMoment;
    private int steps;

    Adam(int size) {
        firstMoment = new double[size];
        secondMoment = new double[size];
    }

    void step(double[] parameters, double[] gradient, double learningRate) {
        steps++;
        double correction1 = 1 - Math.pow(BETA1, steps);
        double correction2 = 1 - Math.pow(BETA2, steps);
        for (int i = 0; i < parameters.length; i++) {
            firstMoment[i] = BETA1 * firstMoment[i] + (1 - BETA1) * gradient[i];
            secondMoment[i] = BETA2 * secondMoment[i] + (1 - BETA2) * gradient[i] * gradient[i];
            double mean = firstMoment[i] / correction1;
            double variance = secondMoment[i] / correction2;
            parameters[i] -= learningRate * mean / (Math.sqrt(variance) + EPSILON);
        }
    }
}
