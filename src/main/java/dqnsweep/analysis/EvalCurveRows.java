package dqnsweep.analysis;

/**
 * One run's {@code eval_curve.csv}: the greedy policy evaluated during training, by point.
 * Columns a run did not write are NaN.
 */
public record EvalCurveRows(double[] envSteps, double[] gradientSteps, double[] score, double[] optimalityGap,
        double[] normalizedScore) {

    public int size() {
        return envSteps.length;
    }

    /** The updates the run made in all (its last point is at the end of training); NaN without points. */
    public double finalGradientSteps() {
        return size() == 0 ? Double.NaN : gradientSteps[size() - 1];
    }

    public double finalEnvSteps() {
        return size() == 0 ? Double.NaN : envSteps[size() - 1];
    }
}
