package dqnsweep.grid;

import dqnsweep.config.Algo;
import dqnsweep.config.InvalidSettingException;
import dqnsweep.config.RunConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Measured speed, for planning: what one worker's time goes to, with every core busy. The one
 * place these numbers live; update them from a sweep's summary.csv (a least-squares fit of
 * wall_seconds on environment steps and gradient steps; on the default sweep of 45 runs on 2
 * workers it matches the mean times of its 100-, 1,000- and 10,000-iteration runs within 3%).
 *
 * <table>
 * <caption>cost per worker</caption>
 * <tr><th>algo</th><th>per environment step</th><th>per gradient step</th><th>source</th></tr>
 * <tr><td>dqn</td><td>1.7 us</td><td>2.1 ms</td><td>make sweep, 2 workers: simulation and plain-Java
 * acting are cheap, each DL4J fit (with its share of the target predictions) is not; advantage
 * learning's second target prediction (s as well as s') is ~0.4 ms of the 2.1</td></tr>
 * <tr><td>notebook</td><td>1.7 us</td><td>0.55 ms</td><td>the tutorial's loop, one fit of one row per
 * step: ~1,800 steps/s in make bench</td></tr>
 * </table>
 */
public final class Throughput {

    private record Cost(double secondsPerEnvStep, double secondsPerUpdate) {
    }

    private static final Map<Algo, Cost> COSTS = new EnumMap<>(Map.of(
            Algo.DQN, new Cost(1.7e-6, 2.1e-3),
            Algo.NOTEBOOK, new Cost(1.7e-6, 0.55e-3)));

    /** Runs estimated longer than this are refused unless forced. */
    public static final int PLAUSIBLE_DAYS = 30;

    private Throughput() {
    }

    /** The cost model of {@code algo} in words, for {@code plan}. */
    public static String describe(Algo algo) {
        Cost cost = COSTS.get(algo);
        return String.format(Locale.ROOT, "%s %.2f ms per gradient step + %.1f us per environment step", algo,
                cost.secondsPerUpdate() * 1e3, cost.secondsPerEnvStep() * 1e6);
    }

    /** Environment steps of one run: training plus the greedy evaluation after it. */
    public static long envSteps(RunConfig config) {
        return config.trainingSteps() + (long) config.evalEpisodes() * config.evalSteps();
    }

    /** Estimated seconds of one run on one worker. */
    public static double runSeconds(RunConfig config) {
        Cost cost = COSTS.get(config.algo());
        return envSteps(config) * cost.secondsPerEnvStep() + config.plannedGradientSteps() * cost.secondsPerUpdate();
    }

    /**
     * Refuses a run this model puts above {@link #PLAUSIBLE_DAYS} days as a likely typo (an extra
     * digit or two), naming the setting behind most of its cost.
     */
    public static void requirePlausible(RunConfig config) {
        Cost cost = COSTS.get(config.algo());
        double training = config.trainingSteps() * cost.secondsPerEnvStep();
        double evaluation = (double) config.evalEpisodes() * config.evalSteps() * cost.secondsPerEnvStep();
        double updates = config.plannedGradientSteps() * cost.secondsPerUpdate();
        double days = (training + evaluation + updates) / 86_400;
        if (days <= PLAUSIBLE_DAYS) {
            return;
        }
        String budget = config.iterations() != null ? "iterations" : "total_steps";
        String key = evaluation >= training && evaluation >= updates
                ? config.evalEpisodes() >= config.evalSteps() ? "eval_episodes" : "eval_steps"
                : updates >= training && config.gradientSteps() != null
                        ? config.gradientSteps() > config.maxGradientSteps() ? "gradient_steps" : "max_gradient_steps"
                        : budget;
        throw new InvalidSettingException(key, String.format(Locale.ROOT, "makes a run of an estimated %.0f days "
                + "(more than %d: likely a typo; add --force to run it anyway)", days, PLAUSIBLE_DAYS));
    }

    /** {@link #runSeconds} as a duration, to the millisecond. */
    public static Duration runTime(RunConfig config) {
        return Duration.ofMillis(Math.round(1000.0 * runSeconds(config)));
    }

    /**
     * The plans in the order a sweep starts them: longest first (by {@link #runSeconds}), equal
     * runs in plan order, so that the workers finish close together.
     */
    public static List<RunPlan> longestFirst(List<RunPlan> plans) {
        List<RunPlan> sorted = new ArrayList<>(plans);
        sorted.sort(Comparator.comparingDouble((RunPlan plan) -> runSeconds(plan.config())).reversed());
        return sorted;
    }

    /**
     * Estimated wall time of {@code plans} on {@code workers} workers that each take the next run,
     * longest first as a sweep does, as soon as they are free (so an uneven last batch counts).
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
        for (RunPlan plan : longestFirst(plans)) {
            Duration finish = freeAt.poll().plus(runTime(plan.config()));
            freeAt.add(finish);
            end = finish.compareTo(end) > 0 ? finish : end;
        }
        return end;
    }
}
