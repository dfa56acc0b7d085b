package dqnsweep.eval;

/** Receives every evaluation step: the state before it, the action applied and the reward. */
@FunctionalInterface
public interface TrajectoryRecorder {

    TrajectoryRecorder NONE = (episode, step, stateBefore, action, reward) -> { };

    void record(int episode, int step, double[] stateBefore, double action, double reward);
}
