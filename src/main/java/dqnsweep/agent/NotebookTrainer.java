package dqnsweep.agent;

import dqnsweep.config.RunConfig;
import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.time.Clock;
import java.util.SplittableRandom;

/**
 * The tutorial's algorithm, step for step: each iteration plays one sequence from a fresh reset
 * with epsilon-greedy actions, then fits the network once per transition, in order, towards
 * {@code r + gamma * max Q(s')} with the other outputs kept at the current prediction. With
 * {@code amax_quirk} (the default here) exploitation uses the largest Q-value itself as the
 * torque, as the notebook's {@code np.amax} does.
 */
record NotebookTrainer(RunConfig config, Clock clock) implements Trainer {

    @Override
    public QNetwork train(TrainingListener listener) {
        SplittableRandom master = new SplittableRandom(config.seed());
        SplittableRandom resets = master.split();
        SplittableRandom exploration = master.split();
        Environment env = Environments.create(config.env());
        ActionSet actions = config.actions(env);
        int obsSize = env.observationSize();
        int actionCount = actions.size();
        QNetwork network = QNetwork.create(config, obsSize, config.seed());
        QSnapshot policy = new QSnapshot(network);
        NetworkFeed feed = new NetworkFeed(obsSize, actionCount, 1);
        Exploration schedule = new Exploration(config);
        Sequence sequence = new Sequence(config.stepsPerSequence(), obsSize);
        float[] q = new float[2 * actionCount];
        float[] rows = new float[2 * obsSize];
        long start = clock.millis();
        long envSteps = 0;
        for (int iteration = 1; !config.budgetSpent(iteration - 1, envSteps); iteration++) {
            Trainer.checkNotStopped();
            double epsilon = schedule.startSequence();
            long limit = Math.min(config.stepsPerSequence(), config.trainingSteps() - envSteps);
            double totalReward = play(env, actions, policy, resets, exploration, epsilon, sequence, q, limit);
            envSteps += sequence.length;
            double loss = fitSequence(network, policy, feed, sequence, actionCount, q, rows);
            listener.sequenceFinished(new IterationRecord(iteration, envSteps, envSteps, epsilon,
                    totalReward / sequence.length, loss, clock.millis() - start));
            listener.reached(envSteps, envSteps, iteration, network);
        }
        return network;
    }

    private double play(Environment env, ActionSet actions, QSnapshot policy, SplittableRandom resets,
            SplittableRandom exploration, double epsilon, Sequence sequence, float[] q, long limit) {
        int obsSize = env.observationSize();
        double[] observation = new double[obsSize];
        double[] next = new double[obsSize];
        float[] row = new float[obsSize];
        env.reset(resets, observation);
        sequence.length = 0;
        double totalReward = 0;
        for (int step = 0; step < limit; step++) {
            int bin;
            if (exploration.nextDouble() < epsilon) {
                bin = actions.nearest(env.sampleAction(exploration));
            } else {
                toFloats(observation, row, 0);
                policy.qValues(row, 1, q);
                bin = exploitBin(q, actions, config.amaxQuirk());
            }
            double reward = env.step(actions.value(bin), next);
            totalReward += reward;
            sequence.add(observation, bin, reward, next);
            System.arraycopy(next, 0, observation, 0, obsSize);
            if (env.terminated()) {
                break;
            }
        }
        return totalReward;
    }

    /**
     * The tutorial's exploitation: with the quirk, {@code np.amax(Q)} (the largest Q-value itself)
     * is taken as a torque and snapped to a bin, so negative Q-values always give the lowest
     * torque; without it, the proper argmax.
     */
    static int exploitBin(float[] q, ActionSet actions, boolean amaxQuirk) {
        return amaxQuirk ? actions.nearest(QValues.max(q, 0, actions.size())) : QValues.argmax(q, 0, actions.size());
    }

    /**
     * The notebook's train_model: one single-row fit per transition, in the order played; the
     * predictions before each fit see the weights after the previous one.
     */
    private double fitSequence(QNetwork network, QSnapshot policy, NetworkFeed feed, Sequence sequence,
            int actionCount, float[] q, float[] rows) {
        int obsSize = sequence.obsSize;
        float[] targets = new float[actionCount];
        double lossSum = 0;
        for (int t = 0; t < sequence.length; t++) {
            // Row 0 is s (its outputs are kept as they are), row 1 is s' (for the bootstrap).
            System.arraycopy(sequence.observations, t * obsSize, rows, 0, obsSize);
            System.arraycopy(sequence.next, t * obsSize, rows, obsSize, obsSize);
            policy.qValues(rows, 2, q);
            double target = sequence.rewards[t] + config.gamma() * QValues.max(q, 1, actionCount);
            System.arraycopy(q, 0, targets, 0, actionCount);
            targets[sequence.actions[t]] = (float) target;
            lossSum += feed.fit(network, rows, targets, null, 1);
        }
        return sequence.length == 0 ? Double.NaN : lossSum / sequence.length;
    }

    private static void toFloats(double[] values, float[] target, int offset) {
        for (int i = 0; i < values.length; i++) {
            target[offset + i] = (float) values[i];
        }
    }

    /** The transitions of one sequence, in the order they were played. */
    private static final class Sequence {
        final int obsSize;
        final float[] observations;
        final float[] next;
        final int[] actions;
        final double[] rewards;
        int length;

        Sequence(int capacity, int obsSize) {
            this.obsSize = obsSize;
            observations = new float[capacity * obsSize];
            next = new float[capacity * obsSize];
            actions = new int[capacity];
            rewards = new double[capacity];
        }

        void add(double[] observation, int action, double reward, double[] nextObservation) {
            toFloats(observation, observations, length * obsSize);
            toFloats(nextObservation, next, length * obsSize);
            actions[length] = action;
            rewards[length] = reward;
            length++;
        }
    }
}
