package dqnsweep.report;

/** One run's training curve: average reward per step of each training sequence, by iteration. */
record TrainCurve(double[] iteration, double[] averageReward) {

    int size() {
        return iteration.length;
    }
}
