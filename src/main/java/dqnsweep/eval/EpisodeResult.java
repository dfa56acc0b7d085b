package dqnsweep.eval;

import dqnsweep.sim.EnvName;

/**
 * One greedy evaluation episode, as a row of {@code eval.csv}.
 *
 * @param episode 1-based episode number; episode k starts from the same state in every run
 * @param steps environment steps played (eval_steps, fewer if the episode terminated)
 * @param averageReward reward per step over the episode: the tutorial's number
 * @param return200 sum of the first 200 rewards, gym's episode length (comparable with RL Zoo)
 * @param uprightFraction share of the last 100 steps with the pole upright (|theta| <= 0.2 rad)
 * @param totalReturn sum of all rewards (CartPole's score)
 * @param stepsToUpright pendulums: the step from which |theta| stays within 0.2 rad to the end (the episode's
 *     length when it does not end upright); NaN for other environments
 * @param holdAngle pendulums: mean |theta| over the last 100 steps, in radians; NaN otherwise
 * @param holdTorque pendulums: mean |torque| over the last 100 steps; NaN otherwise
 * @param success whether the episode succeeded by its environment's measure ({@code EnvName.success()})
 */
public record EpisodeResult(int episode, int steps, double averageReward, double return200, double uprightFraction,
        double totalReturn, double stepsToUpright, double holdAngle, double holdTorque, boolean success) {

    /** The episode's score: its return where the environment is scored by it, else its average reward per step. */
    public double score(EnvName env) {
        return env.scoredByReturn() ? totalReturn : averageReward;
    }
}
