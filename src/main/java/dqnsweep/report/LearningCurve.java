package dqnsweep.report;

import dqnsweep.analysis.TrainCurve;
import dqnsweep.stats.Bootstrap;
import dqnsweep.stats.Descriptive;
import dqnsweep.stats.Interval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A cell's training curve across seeds: iterations cut into at most {@code windows} equal
 * windows, each run averaged within a window, then the mean over runs and a bootstrap interval
 * of that mean at each window's centre.
 *
 * @param end the last iteration of the longest run
 */
record LearningCurve(double[] x, double[] mean, double[] low, double[] high, double end) {

    static LearningCurve of(List<TrainCurve> runs, int windows, Bootstrap bootstrap) {
        int length = runs.stream().mapToInt(r -> (int) last(r.iteration())).max().orElse(0);
        int count = Math.min(windows, length);
        double[][] runMeans = runs.stream().map(r -> windowMeans(r, count, length)).toArray(double[][]::new);
        List<double[]> points = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            int window = w;
            double[] means = Arrays.stream(runMeans).mapToDouble(m -> m[window]).filter(Double::isFinite)
                    .toArray();
            if (means.length == 0) {
                continue;
            }
            Interval ci = bootstrap.mean(means);
            double mean = Descriptive.mean(means);
            double centre = (double) length * (w + 0.5) / count + 0.5;
            points.add(new double[] {centre, mean, ci.defined() ? ci.low() : mean, ci.defined() ? ci.high() : mean});
        }
        return new LearningCurve(column(points, 0), column(points, 1), column(points, 2), column(points, 3), length);
    }

    int size() {
        return x.length;
    }

    /** The run's mean average reward in each window; window w holds iterations in (length w / count, length (w+1) / count]. */
    static double[] windowMeans(TrainCurve run, int count, int length) {
        double[] sums = new double[count];
        int[] n = new int[count];
        for (int i = 0; i < run.size(); i++) {
            double reward = run.averageReward()[i];
            int w = (int) Math.ceil(run.iteration()[i] * count / (double) length) - 1;
            if (w >= 0 && w < count && Double.isFinite(reward)) {
                sums[w] += reward;
                n[w]++;
            }
        }
        for (int w = 0; w < count; w++) {
            sums[w] = n[w] == 0 ? Double.NaN : sums[w] / n[w];
        }
        return sums;
    }

    private static double last(double[] values) {
        return values.length == 0 ? 0 : values[values.length - 1];
    }

    private static double[] column(List<double[]> points, int index) {
        return points.stream().mapToDouble(p -> p[index]).toArray();
    }
}
