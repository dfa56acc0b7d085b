package dqnsweep.eval;

import dqnsweep.agent.QNetwork;
import dqnsweep.agent.QSnapshot;
import dqnsweep.agent.QValues;
import dqnsweep.config.RunConfig;
import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays the greedy policy (argmax Q) for eval_episodes episodes of eval_steps steps. Start
 * states come from eval_seed alone, so every run of every cell is judged on the same starts and
 * differences between runs can be paired. Episodes run in lockstep: one forward pass per step
 * for all of them, the same plain-Java one that chose the actions in training.
 */
public final class Evaluator {

    static final int RETURN_HORIZON = 200;
    static final int UPRIGHT_WINDOW = 100;
    private static final int MAX_LOCKSTEP = 256;

    private final RunConfig config;

    public Evaluator(RunConfig config) {
        this.config = config;
    }

    public List<EpisodeResult> evaluate(QNetwork network, TrajectoryRecorder recorder) {
        SplittableRandom starts = new SplittableRandom(config.evalSeed());
        QSnapshot policy = new QSnapshot(network);
        List<EpisodeResult> results = new ArrayList<>(config.evalEpisodes());
        for (int first = 0; first < config.evalEpisodes(); first += MAX_LOCKSTEP) {
            int count = Math.min(MAX_LOCKSTEP, config.evalEpisodes() - first);
            results.addAll(new Batch(policy, count, first, starts).play(recorder));
        }
        return results;
    }

    /** A block of episodes played in lockstep. */
    private final class Batch {
        private final QSnapshot policy;
        private final int count;
        private final int firstEpisode;
        private final Environment[] envs;
        private final ActionSet actions;
        private final int obsSize;
        private final double[][] observations;
        private final double[] state;

        Batch(QSnapshot policy, int count, int firstEpisode, SplittableRandom starts) {
            this.policy = policy;
            this.count = count;
            this.firstEpisode = firstEpisode;
            envs = new Environment[count];
            for (int i = 0; i < count; i++) {
                envs[i] = Environments.create(config.env());
            }
            actions = envs[0].actions(config.bins());
            obsSize = envs[0].observationSize();
            observations = new double[count][obsSize];
            state = new double[envs[0].stateSize()];
            for (int i = 0; i < count; i++) {
                envs[i].reset(starts, observations[i]);
            }
        }

        List<EpisodeResult> play(TrajectoryRecorder recorder) {
            int steps = config.evalSteps();
            float[] rows = new float[count * obsSize];
            float[] q = new float[count * actions.size()];
            int[] chosen = new int[count];
            int[] played = new int[count];
            int[] uprightSteps = new int[count];
            double[] total = new double[count];
            double[] firstReturn = new double[count];
            boolean[] done = new boolean[count];
            int uprightFrom = Math.max(0, steps - UPRIGHT_WINDOW);
            for (int t = 0; t < steps; t++) {
                if (t % config.actionRepeat() == 0) {
                    for (int i = 0; i < count; i++) {
                        for (int j = 0; j < obsSize; j++) {
                            rows[i * obsSize + j] = (float) observations[i][j];
                        }
                    }
                    policy.qValues(rows, count, q);
                    for (int i = 0; i < count; i++) {
                        chosen[i] = QValues.argmax(q, i, actions.size());
                    }
                }
                for (int i = 0; i < count; i++) {
                    if (done[i]) {
                        continue;
                    }
                    double torque = actions.value(chosen[i]);
                    envs[i].copyState(state);
                    double reward = envs[i].step(torque, observations[i]);
                    recorder.record(firstEpisode + i + 1, t, state, torque, reward);
                    total[i] += reward;
                    if (t < RETURN_HORIZON) {
                        firstReturn[i] += reward;
                    }
                    if (t >= uprightFrom && envs[i].upright()) {
                        uprightSteps[i]++;
                    }
                    played[i]++;
                    done[i] = envs[i].terminated();
                }
            }
            List<EpisodeResult> results = new ArrayList<>(count);
            int window = steps - uprightFrom;
            for (int i = 0; i < count; i++) {
                results.add(new EpisodeResult(firstEpisode + i + 1, played[i], total[i] / played[i], firstReturn[i],
                        (double) uprightSteps[i] / window, total[i]));
            }
            return results;
        }
    }
}
