package dqnsweep.grid;

import dqnsweep.agent.Algo;
import dqnsweep.agent.RunConfig;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Measured speed, for planning: environment steps per second of one worker, by algorithm. The one
 * place these numbers live; update them from the benchmark.
 *
 * <table>
 * <caption>steps per second per worker</caption>
 * <tr><th>algo</th><th>steps/s</th><th>source</th></tr>
 * <tr><td>dqn</td><td>25,000</td><td>default settings (10 lockstep environments), one worker per core</td></tr>
 * <tr><td>notebook</td><td>900</td><td>the tutorial's loop: one network call per step and one fit per step</td></tr>
 * </table>
 *
 * Evaluation steps are counted at the same rate: a rough estimate, not a promise.
 */
public final class Throughput {

    private static final Map<Algo, Double> STEPS_PER_SECOND = new EnumMap<>(Map.of(
            Algo.DQN, 25_000.0,
            Algo.NOTEBOOK, 900.0));

    private Throughput() {
    }

    /** Environment steps per second of one worker running {@code algo}. */
    public static double stepsPerSecond(Algo algo) {
        return STEPS_PER_SECOND.get(algo);
    }

    /** Environment steps of one run: training plus the greedy evaluation after it. */
    public static long envSteps(RunConfig config) {
        return config.trainingSteps() + (long) config.evalEpisodes() * config.evalSteps();
    }

    /** Estimated time of one run on one worker. */
    public static Duration runTime(RunConfig config) {
        return Duration.ofMillis(Math.round(1000.0 * envSteps(config) / stepsPerSecond(config.algo())));
    }

    /**
     * Estimated wall time of {@code plans} on {@code workers} workers that each take the next run in
     * order as soon as they are free (so an uneven last batch counts).
     */
    public static Duration wallTime(List<RunPlan> plans, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        PriorityQueue<Duration> freeAt = new PriorityQueue<>();
        for (int i = 0; i < workers; i++) {
            freeAt.add(Duration.ZERO);
        }
        Duration end = Duration.ZERO;
        for (RunPlan plan : plans) {
            Duration finish = freeAt.poll().plus(runTime(plan.config()));
            freeAt.add(finish);
            end = finish.compareTo(end) > 0 ? finish : end;
        }
        return end;
    }
}
