package dqnsweep.analysis;

import java.util.Arrays;

/**
 * One run's train.csv: per training sequence (iteration), the reward per step and the training
 * diagnostics. Columns an older run did not write are NaN.
 */
public record TrainCurve(double[] iteration, double[] averageReward, double[] envSteps, double[] epsilon,
        double[] learningRate, double[] loss) {

    /** Iterations and rewards only (the diagnostics unknown). */
    public TrainCurve(double[] iteration, double[] averageReward) {
        this(iteration, averageReward, nan(iteration.length), nan(iteration.length), nan(iteration.length),
                nan(iteration.length));
    }

    public int size() {
        return iteration.length;
    }

    private static double[] nan(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
