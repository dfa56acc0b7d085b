package dqnsweep.agent;

import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.time.Clock;
import java.util.SplittableRandom;

/**
 * DQN with a replay buffer, minibatch updates, a target network and optional double DQN, Huber
 * loss and frame skip. {@code parallel_envs} sequences run in lockstep so that one network call
 * chooses the actions of all of them: a DL4J call costs about the same for 1 row as for 64.
 * Every {@code train_every} environment steps it takes {@code gradient_steps} minibatch steps.
 */
final class DqnTrainer implements Trainer {

    private final RunConfig config;
    private final Clock clock;

    DqnTrainer(RunConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public QNetwork train(TrainingListener listener) {
        SplittableRandom master = new SplittableRandom(config.seed());
        SplittableRandom resets = master.split();
        SplittableRandom exploration = master.split();
        SplittableRandom sampling = master.split();
        Lockstep envs = new Lockstep(config);
        QNetwork online = QNetwork.create(config, envs.obsSize, config.seed());
        Learner learner = new Learner(config, online, envs.obsSize, envs.actions.size(), sampling);
        Exploration schedule = new Exploration(config);
        long start = clock.millis();
        int iteration = 0;
        while (iteration < config.iterations()) {
            int count = Math.min(config.parallelEnvs(), config.iterations() - iteration);
            double[] sequenceEpsilon = new double[count];
            for (int i = 0; i < count; i++) {
                sequenceEpsilon[i] = schedule.startSequence();
            }
            envs.reset(count, resets);
            learner.resetLossAverage();
            while (envs.anyRunning()) {
                envs.act(online, schedule, sequenceEpsilon, exploration, learner.stepsDone());
                learner.store(envs);
                learner.maybeTrain();
            }
            double loss = learner.lossAverage();
            for (int i = 0; i < count; i++) {
                iteration++;
                listener.sequenceFinished(new IterationRecord(iteration, learner.stepsDone(), envs.lastEpsilon[i],
                        envs.totalReward[i] / envs.steps[i], loss, clock.millis() - start));
            }
        }
        return online;
    }

    /** Up to {@code parallel_envs} simulators stepped together, with their current transitions. */
    static final class Lockstep {
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
        final NetworkFeed feed;
        int count;

        Lockstep(RunConfig config) {
            this.config = config;
            int size = config.parallelEnvs();
            envs = new Environment[size];
            for (int i = 0; i < size; i++) {
                envs[i] = Environments.create(config.env());
            }
            actions = envs[0].actions(config.bins());
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
            feed = new NetworkFeed(obsSize, actions.size(), size);
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

        boolean anyRunning() {
            for (int i = 0; i < count; i++) {
                if (running[i]) {
                    return true;
                }
            }
            return false;
        }

        /** Chooses epsilon-greedy actions for all running envs with one network call and applies them. */
        void act(QNetwork online, Exploration schedule, double[] sequenceEpsilon, SplittableRandom exploration,
                long stepsDone) {
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
                feed.predict(online, batchObservations, count, q);
                for (int i = 0; i < count; i++) {
                    if (acted[i] && chosen[i] < 0) {
                        chosen[i] = QValues.argmax(q, i, actions.size());
                    }
                }
            }
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

        /** Called after the transitions were stored: the next observation becomes the current one. */
        void advance() {
            for (int i = 0; i < count; i++) {
                if (acted[i]) {
                    System.arraycopy(nextObservations[i], 0, observations[i], 0, obsSize);
                }
            }
        }
    }

    /** Replay buffer, target network and the minibatch update. */
    static final class Learner {
        private final RunConfig config;
        private final QNetwork online;
        private final QNetwork target;
        private final int obsSize;
        private final int actionCount;
        private final SplittableRandom sampling;
        private final ReplayBuffer buffer;
        private final ReplayBuffer.Minibatch batch;
        private final NetworkFeed feed;
        private final float[] nextQTarget;
        private final float[] nextQOnline;
        private final float[] targets;
        private final float[] mask;
        private long stepsDone;
        private long nextTrainAt;
        private long gradientSteps;
        private double lossSum;
        private int lossCount;

        Learner(RunConfig config, QNetwork online, int obsSize, int actionCount, SplittableRandom sampling) {
            this.config = config;
            this.online = online;
            this.target = online.copy();
            this.obsSize = obsSize;
            this.actionCount = actionCount;
            this.sampling = sampling;
            buffer = new ReplayBuffer(config.replayCapacity(), obsSize);
            batch = new ReplayBuffer.Minibatch(config.batchSize(), obsSize);
            feed = new NetworkFeed(obsSize, actionCount, config.batchSize());
            nextQTarget = new float[config.batchSize() * actionCount];
            nextQOnline = new float[config.batchSize() * actionCount];
            targets = new float[config.batchSize() * actionCount];
            mask = new float[config.batchSize() * actionCount];
            nextTrainAt = Math.max(config.learningStarts(), config.trainEvery());
        }

        long stepsDone() {
            return stepsDone;
        }

        void store(Lockstep envs) {
            for (int i = 0; i < envs.count; i++) {
                if (envs.acted[i]) {
                    buffer.add(envs.observations[i], envs.chosen[i], envs.rewards[i], envs.nextObservations[i],
                            envs.terminal[i]);
                    stepsDone += envs.repeats[i];
                }
            }
            envs.advance();
        }

        void maybeTrain() {
            while (stepsDone >= nextTrainAt) {
                for (int s = 0; s < config.gradientSteps(); s++) {
                    gradientStep();
                }
                nextTrainAt += config.trainEvery();
            }
        }

        private void gradientStep() {
            buffer.sample(sampling, batch);
            int rows = batch.size;
            feed.predict(target, batch.nextObservations, rows, nextQTarget);
            if (config.doubleDqn()) {
                feed.predict(online, batch.nextObservations, rows, nextQOnline);
            }
            java.util.Arrays.fill(targets, 0f);
            java.util.Arrays.fill(mask, 0f);
            for (int row = 0; row < rows; row++) {
                double nextValue;
                if (config.doubleDqn()) {
                    nextValue = nextQTarget[row * actionCount + QValues.argmax(nextQOnline, row, actionCount)];
                } else {
                    nextValue = QValues.max(nextQTarget, row, actionCount);
                }
                double y = batch.rewards[row] + (batch.terminals[row] ? 0 : config.gamma() * nextValue);
                int cell = row * actionCount + batch.actions[row];
                targets[cell] = (float) y;
                mask[cell] = 1f;
            }
            lossSum += feed.fit(online, batch.observations, targets, mask, rows);
            lossCount++;
            gradientSteps++;
            updateTarget();
        }

        private void updateTarget() {
            if (config.targetUpdate() == TargetUpdate.POLYAK) {
                target.blendWeightsFrom(online, config.polyakTau());
            } else if (gradientSteps % config.targetInterval() == 0) {
                target.copyWeightsFrom(online);
            }
        }

        void resetLossAverage() {
            lossSum = 0;
            lossCount = 0;
        }

        double lossAverage() {
            return lossCount == 0 ? Double.NaN : lossSum / lossCount;
        }
    }
}
