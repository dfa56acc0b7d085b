package dqnsweep.agent;

/**
 * One training sequence, as a row of {@code train.csv}.
 *
 * @param iteration 1-based sequence number
 * @param envSteps environment steps done when the sequence ended, all sequences counted
 * @param gradientSteps gradient steps (network updates) done when the sequence ended
 * @param epsilon exploration rate in effect at the sequence's last step
 * @param averageReward reward per environment step over the sequence (the tutorial's number)
 * @param loss mean training loss of the gradient steps taken while the sequence ran, NaN if none
 * @param elapsedMillis wall time since training started
 */
public record IterationRecord(int iteration, long envSteps, long gradientSteps, double epsilon, double averageReward,
        double loss, long elapsedMillis) {
}
