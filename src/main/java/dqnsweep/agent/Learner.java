package dqnsweep.agent;

import dqnsweep.config.RunConfig;
import dqnsweep.config.TargetUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The learning half of DQN: the replay buffer, the target network and the minibatch updates.
 * A training event samples gradient_steps minibatches at once, computes all their bootstrap
 * targets with one call per network, and fits them in one DL4J call. With a hard-copied target
 * network the targets are exactly those of separate steps; for double DQN the online network's
 * choice of next action is the one from the start of the event.
 */
final class Learner {

    private final RunConfig config;
    private final QNetwork online;
    private final QNetwork target;
    private final int obsSize;
    private final int actionCount;
    private final SplittableRandom sampling;
    private final ReplayBuffer buffer;
    private final NStepReturns returns;
    private final ReplayBuffer.Minibatch sample;
    private final NetworkFeed feed;
    private final float[] nextQTarget;
    private final float[] nextQOnline;
    private final float[] currentQTarget;
    private final float[] targets;
    private final float[] mask;
    private final List<DataSet> minibatches = new ArrayList<>();
    private final MinibatchIterator iterator;
    private long stepsDone;
    private long nextTrainAt;
    private long gradientSteps;
    private long gradientStepsBefore;
    private double lossSum;
    private int lossCount;

    Learner(RunConfig config, QNetwork online, int obsSize, int actionCount, SplittableRandom sampling) {
        this.config = config;
        this.online = online;
        this.target = online.copy();
        this.obsSize = obsSize;
        this.actionCount = actionCount;
        this.sampling = sampling;
        int rows = config.gradientSteps() * config.batchSize();
        buffer = new ReplayBuffer(config.replayCapacity(), obsSize);
        returns = new NStepReturns(config.nStep(), config.gamma(), config.parallelEnvs(), obsSize, buffer);
        sample = new ReplayBuffer.Minibatch(rows, obsSize);
        feed = new NetworkFeed(obsSize, actionCount, 2 * rows);
        nextQTarget = new float[rows * actionCount];
        nextQOnline = new float[rows * actionCount];
        currentQTarget = new float[rows * actionCount];
        targets = new float[rows * actionCount];
        mask = new float[rows * actionCount];
        for (int g = 0; g < config.gradientSteps(); g++) {
            minibatches.add(new DataSet(Nd4j.create(DataType.FLOAT, config.batchSize(), obsSize),
                    Nd4j.create(DataType.FLOAT, config.batchSize(), actionCount), null,
                    Nd4j.create(DataType.FLOAT, config.batchSize(), actionCount)));
        }
        iterator = new MinibatchIterator(minibatches);
        nextTrainAt = config.firstTrainingStep();
    }

    long stepsDone() {
        return stepsDone;
    }

    long gradientSteps() {
        return gradientSteps;
    }

    /** Stores the transitions the lockstep environments just made (as n-step transitions). */
    void store(Lockstep envs) {
        for (int i = 0; i < envs.count; i++) {
            if (envs.acted[i]) {
                if (envs.steps[i] == envs.repeats[i]) {
                    returns.startSequence(i);
                }
                returns.add(i, envs.observations[i], envs.chosen[i], envs.rewards[i] * config.rewardScale(),
                        envs.nextObservations[i], envs.terminal[i], !envs.running[i]);
                stepsDone += envs.repeats[i];
            }
        }
    }

    /** Whether a training event is due after the environment steps done so far. */
    boolean trainingDue() {
        return stepsDone >= nextTrainAt;
    }

    /**
     * One training event: gradient_steps minibatches sampled at once, their TD targets computed
     * with one call per network, and fitted in one DL4J call.
     */
    void train() {
        nextTrainAt += config.trainingInterval();
        int rows = sample.size;
        buffer.sample(sampling, sample);
        double alpha = AdvantageLearning.weight(config.advantageLearning(), gradientSteps, config.maxGradientSteps());
        if (alpha > 0) {
            // s' and s in one call: a DL4J call costs the same whatever its rows.
            feed.predictBoth(target, sample.nextObservations, sample.observations, rows, nextQTarget, currentQTarget);
        } else {
            feed.predict(target, sample.nextObservations, rows, nextQTarget);
        }
        if (config.doubleDqn()) {
            feed.predict(online, sample.nextObservations, rows, nextQOnline);
        }
        TdTargets.compute(sample, nextQTarget, config.doubleDqn() ? nextQOnline : null, config.gamma(), actionCount,
                targets, mask);
        if (alpha > 0) {
            TdTargets.widenActionGap(sample, currentQTarget, alpha, actionCount, targets);
        }
        int batch = config.batchSize();
        for (int g = 0; g < config.gradientSteps(); g++) {
            DataSet minibatch = minibatches.get(g);
            HostArrays.write(sample.observations, g * batch * obsSize, batch * obsSize, minibatch.getFeatures());
            HostArrays.write(targets, g * batch * actionCount, batch * actionCount, minibatch.getLabels());
            HostArrays.write(mask, g * batch * actionCount, batch * actionCount, minibatch.getLabelsMaskArray());
        }
        double loss = online.fit(iterator.over(config.gradientSteps()));
        QValues.requireFinite(loss);
        lossSum += loss;
        lossCount++;
        gradientStepsBefore = gradientSteps;
        gradientSteps += config.gradientSteps();
    }

    /** After a training event: Polyak blends every time; a hard copy when the event crossed a multiple of target_interval. */
    void syncTarget() {
        if (config.targetUpdate() == TargetUpdate.POLYAK) {
            // gradient_steps blends of tau in a row, applied at once.
            double tau = 1 - Math.pow(1 - config.polyakTau(), config.gradientSteps());
            target.blendWeightsFrom(online, tau);
        } else if (gradientStepsBefore / config.targetInterval() != gradientSteps / config.targetInterval()) {
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
