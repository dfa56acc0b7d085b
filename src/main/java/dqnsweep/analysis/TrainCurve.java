package dqnsweep.analysis;

/** One run's training curve: average reward per step of each training sequence, by iteration. */
public record TrainCurve(double[] iteration, double[] averageReward) {

    public int size() {
        return iteration.length;
    }
}
