package dqnsweep.run;

import dqnsweep.agent.QNetwork;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.eval.Evaluator;
import dqnsweep.eval.TrajectoryRecorder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The greedy evaluations during training ({@code eval_curve.csv}): eval_points points evenly
 * spaced over the run's environment steps, each on the first eval_curve_episodes evaluation
 * starts, the last one at the end of training. A point is taken at the first training step that
 * reaches its share of the steps, wherever that falls (inside a group of lockstep sequences
 * too). Evaluating only reads the network and draws from the evaluation's own start states, so
 * training goes exactly as it would without it.
 */
final class EvalCurve {

    /** One point: where training stood, and the greedy policy's mean figures then (score in the run's unit). */
    record Point(long envSteps, long gradientSteps, int iteration, double score, double return200) {
    }

    private final RunConfig config;
    private final Evaluator evaluator;
    private final Clock clock;
    /** Environment steps at which the points before the last are due. */
    private final long[] due;
    private final List<Point> points = new ArrayList<>();
    private int next;
    private long millis;

    EvalCurve(RunConfig config, Evaluator evaluator, Clock clock) {
        this.config = config;
        this.evaluator = evaluator;
        this.clock = clock;
        int count = config.evalPoints();
        due = new long[Math.max(0, count - 1)];
        for (int k = 1; k < count; k++) {
            due[k - 1] = ceilDiv(k * config.trainingSteps(), count);
        }
    }

    /** During training: evaluates when the next point is due. */
    void reached(long envSteps, long gradientSteps, int iterations, QNetwork network) {
        if (next == due.length || envSteps < due[next]) {
            return;
        }
        long start = clock.millis();
        points.add(point(envSteps, gradientSteps, iterations,
                evaluator.evaluate(network, config.evalCurveEpisodes(), TrajectoryRecorder.NONE)));
        millis += clock.millis() - start;
        while (next < due.length && envSteps >= due[next]) {
            next++;
        }
    }

    /**
     * The last point, at the end of training: the first episodes of the final evaluation, which
     * played the same starts with the same network. An earlier point taken at the very last step
     * (a run whose episodes ended early) is the same evaluation and gives way to it.
     */
    void finish(long envSteps, long gradientSteps, int iterations, List<EpisodeResult> finalEvaluation) {
        if (config.evalPoints() == 0) {
            return;
        }
        if (!points.isEmpty() && points.get(points.size() - 1).envSteps() == envSteps) {
            points.remove(points.size() - 1);
        }
        points.add(point(envSteps, gradientSteps, iterations,
                finalEvaluation.subList(0, config.evalCurveEpisodes())));
    }

    List<Point> points() {
        return List.copyOf(points);
    }

    /** Wall time spent evaluating during training. */
    double seconds() {
        return millis / 1e3;
    }

    private Point point(long envSteps, long gradientSteps, int iterations, List<EpisodeResult> episodes) {
        double score = 0;
        double return200 = 0;
        for (EpisodeResult episode : episodes) {
            score += episode.score(config.env());
            return200 += episode.return200();
        }
        return new Point(envSteps, gradientSteps, iterations, score / episodes.size(), return200 / episodes.size());
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
