package dqnsweep.reference;

import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;
import dqnsweep.sim.EnvName;
import dqnsweep.sim.Environments;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays evaluation episodes the way {@code dqnsweep.eval.Evaluator} does: the same start states
 * in the same order, a decision every frame_skip steps, the same per-episode figures. Episodes
 * advance in lockstep, one decision for all of them before the next, so a controller reads its
 * time-varying values in one sweep from the episode's start to its end. Pendulum never
 * terminates, so every episode plays all its steps.
 */
final class Episodes {

    /** gym's Pendulum episode length, the horizon of the evaluation's return_200. */
    static final int RETURN_HORIZON = 200;

    private Episodes() {
    }

    /**
     * The start states of {@code episodes} evaluation episodes: episode i (1-based) starts from the
     * i-th reset of one simulator on one {@code SplittableRandom(evalSeed)}, as in the evaluation.
     */
    static List<double[]> starts(EnvName env, long evalSeed, int episodes) {
        SplittableRandom rng = new SplittableRandom(evalSeed);
        Environment simulator = Environments.create(env);
        double[] observation = new double[simulator.observationSize()];
        List<double[]> starts = new ArrayList<>(episodes);
        for (int i = 0; i < episodes; i++) {
            simulator.reset(rng, observation);
            double[] state = new double[simulator.stateSize()];
            simulator.copyState(state);
            starts.add(state);
        }
        return starts;
    }

    /**
     * Plays one episode per start on {@code simulator} (its state is set before every move, so one
     * simulator serves all episodes). At each decision the rule is asked for episode 1, 2, ... in
     * turn, so a random rule draws decision by decision across the episodes.
     */
    static List<EpisodeScore> play(Environment simulator, ActionSet actions, DecisionSchedule schedule,
            List<double[]> starts, DecisionRule rule) {
        int episodes = starts.size();
        double[][] states = new double[episodes][];
        for (int e = 0; e < episodes; e++) {
            states[e] = starts.get(e).clone();
        }
        double[] observation = new double[simulator.observationSize()];
        double[] total = new double[episodes];
        double[] return200 = new double[episodes];
        int t = 0;
        for (int decision = 0; decision < schedule.count(); decision++) {
            int length = schedule.length(decision);
            for (int e = 0; e < episodes; e++) {
                double torque = actions.value(rule.choose(states[e].clone(), decision));
                simulator.setState(states[e], observation);
                for (int k = 0; k < length; k++) {
                    double reward = simulator.step(torque, observation);
                    total[e] += reward;
                    if (t + k < RETURN_HORIZON) {
                        return200[e] += reward;
                    }
                }
                simulator.copyState(states[e]);
            }
            t += length;
        }
        List<EpisodeScore> scores = new ArrayList<>(episodes);
        for (int e = 0; e < episodes; e++) {
            scores.add(new EpisodeScore(total[e] / t, return200[e], t));
        }
        return scores;
    }
}
