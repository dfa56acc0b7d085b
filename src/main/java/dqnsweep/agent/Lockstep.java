package dqnsweep.agent;

import dqnsweep.config.RunConfig;
import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.util.SplittableRandom;

/** Up to {@code parallel_envs} simulators stepped together, with their current transitions. */
final class Lockstep {
    final RunConfig config;
    final Environment[] envs;
    final ActionSet actions;
    final int obsSize;
    final double[][] observations;
    final double[][] nextObservations;
    final float[] batchObservations;
    final float[] q;
    final int[] chosen;
    final double[] rewards;
    final boolean[] terminal;
    final boolean[] running;
    final boolean[] acted;
    final double[] totalReward;
    final int[] steps;
    final int[] repeats;
    final double[] lastEpsilon;
    int count;

    Lockstep(RunConfig config) {
        this.config = config;
        int size = config.parallelEnvs();
        envs = new Environment[size];
        for (int i = 0; i < size; i++) {
            envs[i] = Environments.create(config.env());
        }
        actions = config.actions(envs[0]);
        obsSize = envs[0].observationSize();
        observations = new double[size][obsSize];
        nextObservations = new double[size][obsSize];
        batchObservations = new float[size * obsSize];
        q = new float[size * actions.size()];
        chosen = new int[size];
        rewards = new double[size];
        terminal = new boolean[size];
        running = new boolean[size];
        acted = new boolean[size];
        totalReward = new double[size];
        steps = new int[size];
        repeats = new int[size];
        lastEpsilon = new double[size];
    }

    void reset(int newCount, SplittableRandom resets) {
        count = newCount;
        for (int i = 0; i < count; i++) {
            envs[i].reset(resets, observations[i]);
            running[i] = true;
            totalReward[i] = 0;
            steps[i] = 0;
        }
    }

    /** The training budget is spent: every sequence still running is cut there (a truncation, not a terminal). */
    void truncateAll() {
        for (int i = 0; i < count; i++) {
            running[i] = false;
        }
    }

    /** How many of the current sequences have ended. */
    int finished() {
        int finished = 0;
        for (int i = 0; i < count; i++) {
            finished += running[i] ? 0 : 1;
        }
        return finished;
    }

    boolean anyRunning() {
        for (int i = 0; i < count; i++) {
            if (running[i]) {
                return true;
            }
        }
        return false;
    }

    /** Chooses epsilon-greedy actions for all running envs, with one forward pass for the greedy ones. */
    void chooseActions(QSnapshot policy, Exploration schedule, double[] sequenceEpsilon,
            SplittableRandom exploration, long stepsDone) {
        boolean anyGreedy = false;
        for (int i = 0; i < count; i++) {
            acted[i] = running[i];
            if (!running[i]) {
                continue;
            }
            double epsilon = schedule.epsilon(sequenceEpsilon[i], stepsDone);
            lastEpsilon[i] = epsilon;
            if (exploration.nextDouble() < epsilon) {
                chosen[i] = exploration.nextInt(actions.size());
            } else {
                chosen[i] = -1;
                anyGreedy = true;
            }
        }
        if (anyGreedy) {
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < obsSize; j++) {
                    batchObservations[i * obsSize + j] = (float) observations[i][j];
                }
            }
            policy.qValues(batchObservations, count, q);
            for (int i = 0; i < count; i++) {
                if (acted[i] && chosen[i] < 0) {
                    chosen[i] = QValues.argmax(q, i, actions.size());
                }
            }
        }
    }

    /** Applies the chosen actions to the running envs. */
    void step() {
        for (int i = 0; i < count; i++) {
            if (acted[i]) {
                repeatAction(i);
            }
        }
    }

    /** Frame skip: the chosen action is applied up to frame_skip times; the rewards add up. */
    private void repeatAction(int i) {
        Environment env = envs[i];
        double torque = actions.value(chosen[i]);
        double reward = 0;
        int limit = Math.min(config.frameSkip(), config.stepsPerSequence() - steps[i]);
        repeats[i] = 0;
        while (repeats[i] < limit && (repeats[i] == 0 || !env.terminated())) {
            reward += env.step(torque, nextObservations[i]);
            repeats[i]++;
        }
        steps[i] += repeats[i];
        rewards[i] = reward;
        totalReward[i] += reward;
        terminal[i] = env.terminated();
        running[i] = !terminal[i] && steps[i] < config.stepsPerSequence();
    }

    /** After the transitions were stored: the next observation becomes the current one. */
    void advance() {
        for (int i = 0; i < count; i++) {
            if (acted[i]) {
                System.arraycopy(nextObservations[i], 0, observations[i], 0, obsSize);
            }
        }
    }
}
