package dqnsweep.agent;

import dqnsweep.config.Algo;
import dqnsweep.config.RunConfig;
import java.time.Clock;
import java.util.concurrent.CancellationException;

/** Trains a Q-network from scratch and returns it. */
public interface Trainer {

    QNetwork train(TrainingListener listener);

    /** Ends training early when the worker was told to stop (Ctrl-C, --fail-fast). */
    static void checkNotStopped() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("training stopped");
        }
    }

    /** The trainer for {@code config.algo()}. */
    static Trainer create(RunConfig config, Clock clock) {
        return config.algo() == Algo.NOTEBOOK ? new NotebookTrainer(config, clock) : new DqnTrainer(config, clock);
    }
}
