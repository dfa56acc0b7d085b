package dqnsweep.eval;

import dqnsweep.agent.QNetwork;
import dqnsweep.agent.QSnapshot;
import dqnsweep.agent.QValues;
import dqnsweep.config.RunConfig;
import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Plays the greedy policy (argmax Q) for eval_episodes episodes of eval_steps steps. Start
 * states come from eval_seed alone, so every run of every cell is judged on the same starts and
 * differences between runs can be paired. Episodes run in lockstep: one forward pass per step
 * for all of them, the same plain-Java one that chose the actions in training.
 */
public final class Evaluator {

    /** Upright share of the closing steps from which a pendulum episode counts as solved (a success). */
    public static final double SOLVED_UPRIGHT_FRACTION = 0.9;
    private static final int MAX_LOCKSTEP = 256;

    private final RunConfig config;

    public Evaluator(RunConfig config) {
        this.config = config;
    }

    /** All eval_episodes episodes. */
    public List<EpisodeResult> evaluate(QNetwork network, TrajectoryRecorder recorder) {
        return evaluate(network, config.evalEpisodes(), recorder);
    }

    /** The first {@code episodes} episodes: the same starts, and the same results, as those of a full evaluation. */
    public List<EpisodeResult> evaluate(QNetwork network, int episodes, TrajectoryRecorder recorder) {
        return play(network, IntStream.rangeClosed(1, episodes).toArray(), recorder);
    }

    /**
     * Plays again the episodes numbered {@code episodes} (1-based, ascending) from the starts a full
     * evaluation gave them: each step as it was, since the policy and the simulator are
     * deterministic and a row's Q-values do not depend on the rows played beside it.
     */
    public List<EpisodeResult> replay(QNetwork network, int[] episodes, TrajectoryRecorder recorder) {
        return play(network, episodes, recorder);
    }

    private List<EpisodeResult> play(QNetwork network, int[] episodes, TrajectoryRecorder recorder) {
        Starts starts = new Starts();
        QSnapshot policy = new QSnapshot(network);
        List<EpisodeResult> results = new ArrayList<>(episodes.length);
        for (int first = 0; first < episodes.length; first += MAX_LOCKSTEP) {
            int[] block = Arrays.copyOfRange(episodes, first, Math.min(episodes.length, first + MAX_LOCKSTEP));
            results.addAll(new Batch(policy, block, starts).play(recorder));
        }
        return results;
    }

    /** The start states, drawn in episode order from eval_seed; episodes not played are drawn and dropped. */
    private final class Starts {
        private final SplittableRandom rng = new SplittableRandom(config.evalSeed());
        private Environment skipped;
        private double[] skippedObservation;
        private int drawn;

        /** Resets {@code env} to episode {@code number}'s start. */
        void reset(int number, Environment env, double[] observation) {
            if (number <= drawn) {
                throw new IllegalArgumentException("episodes must ascend: episode " + number + " after " + drawn);
            }
            while (drawn < number - 1) {
                if (skipped == null) {
                    skipped = Environments.create(config.env());
                    skippedObservation = new double[skipped.observationSize()];
                }
                skipped.reset(rng, skippedObservation);
                drawn++;
            }
            env.reset(rng, observation);
            drawn++;
        }
    }

    /** A block of episodes played in lockstep. */
    private final class Batch {
        private final QSnapshot policy;
        private final int count;
        private final int[] numbers;
        private final Environment[] envs;
        private final ActionSet actions;
        private final int obsSize;
        private final double[][] observations;
        private final double[] state;

        Batch(QSnapshot policy, int[] numbers, Starts starts) {
            this.policy = policy;
            this.count = numbers.length;
            this.numbers = numbers;
            envs = new Environment[count];
            for (int i = 0; i < count; i++) {
                envs[i] = Environments.create(config.env());
            }
            actions = config.actions(envs[0]);
            obsSize = envs[0].observationSize();
            observations = new double[count][obsSize];
            state = new double[envs[0].stateSize()];
            for (int i = 0; i < count; i++) {
                starts.reset(numbers[i], envs[i], observations[i]);
            }
        }

        List<EpisodeResult> play(TrajectoryRecorder recorder) {
            int steps = config.evalSteps();
            float[] rows = new float[count * obsSize];
            float[] q = new float[count * actions.size()];
            int[] chosen = new int[count];
            EpisodeMetrics[] metrics = new EpisodeMetrics[count];
            for (int i = 0; i < count; i++) {
                metrics[i] = new EpisodeMetrics(steps, config.env());
            }
            boolean[] done = new boolean[count];
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
                    double action = actions.value(chosen[i]);
                    envs[i].copyState(state);
                    double reward = envs[i].step(action, observations[i]);
                    recorder.record(numbers[i], t, state, action, reward);
                    envs[i].copyState(state);
                    done[i] = envs[i].terminated();
                    metrics[i].stepped(t, reward, action, envs[i].upright(), done[i], state);
                }
            }
            List<EpisodeResult> results = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                results.add(metrics[i].result(numbers[i]));
            }
            return results;
        }
    }
}
