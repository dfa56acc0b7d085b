package dqnsweep.agent;

import dqnsweep.config.RunConfig;
import java.time.Clock;
import java.util.SplittableRandom;

/**
 * DQN with a replay buffer, minibatch updates, a target network and optional double DQN, Huber
 * loss and frame skip. {@code parallel_envs} sequences run in lockstep so that one forward pass
 * chooses the actions of all of them, computed in plain Java ({@link QSnapshot}): a DL4J call
 * costs far more than the arithmetic of a few rows.
 * Every {@code train_every} environment steps it takes {@code gradient_steps} minibatch steps.
 *
 * <p>The loop reads as CleanRL's dqn.py: choose epsilon-greedy actions, step the simulators,
 * store the transitions, make the next observation the current one, and train and sync the
 * target network whenever a training event is due.
 */
record DqnTrainer(RunConfig config, Clock clock) implements Trainer {

    @Override
    public QNetwork train(TrainingListener listener) {
        // One generator per purpose, split from the run's seed: start states, exploration and
        // minibatch sampling draw independent streams.
        SplittableRandom master = new SplittableRandom(config.seed());
        SplittableRandom resets = master.split();
        SplittableRandom exploration = master.split();
        SplittableRandom sampling = master.split();
        Lockstep envs = new Lockstep(config);
        QNetwork online = QNetwork.create(config, envs.obsSize, config.seed());
        QSnapshot policy = new QSnapshot(online);
        Learner learner = new Learner(config, online, envs.obsSize, envs.actions.size(), sampling);
        Exploration schedule = new Exploration(config);
        long start = clock.millis();
        int iteration = 0;
        while (!config.budgetSpent(iteration, learner.stepsDone())) {
            Trainer.checkNotStopped();
            int count = config.nextSequences(config.parallelEnvs(), iteration);
            double[] sequenceEpsilon = new double[count];
            for (int i = 0; i < count; i++) {
                sequenceEpsilon[i] = schedule.startSequence();
            }
            envs.reset(count, resets);
            learner.resetLossAverage();
            while (envs.anyRunning()) {
                envs.chooseActions(policy, schedule, sequenceEpsilon, exploration, learner.stepsDone());
                envs.step();
                learner.store(envs);
                envs.advance(); // obs = next_obs
                while (learner.trainingDue()) {
                    learner.train();
                    learner.syncTarget();
                }
                listener.reached(learner.stepsDone(), learner.gradientSteps(), iteration + envs.finished(), online);
                if (config.stepBudgetSpent(learner.stepsDone())) {
                    envs.truncateAll();
                }
            }
            double loss = learner.lossAverage();
            for (int i = 0; i < count; i++) {
                iteration++;
                listener.sequenceFinished(new IterationRecord(iteration, learner.stepsDone(), learner.gradientSteps(),
                        envs.lastEpsilon[i], envs.totalReward[i] / envs.steps[i], loss, clock.millis() - start));
            }
        }
        return online;
    }
}
