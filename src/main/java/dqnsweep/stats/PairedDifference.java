package dqnsweep.stats;

import java.util.stream.IntStream;

/**
 * Per-episode paired difference between two configurations A and B. Every run is evaluated
 * from the same start states, so episode k of A's run with seed index s and episode k of B's run
 * with the same seed index form a pair: d[s][k] = a[s][k] - b[s][k]. Pairing removes the
 * start-state luck that dominates single episodes.
 *
 * @param seeds seed indices paired (rows)
 * @param episodes episodes paired per seed (columns)
 * @param meanDifference mean of d over all pairs: A - B, positive when A scores higher
 * @param ci pigeonhole bootstrap (Owen 2007): seeds and episodes resampled independently with
 *     replacement, so the interval reflects both training luck and start-state luck; with one seed
 *     it equals {@code runsFixedCi}
 * @param runsFixedCi episodes resampled, seeds fixed: how sure the difference between these
 *     particular trained agents is, not between the configurations
 * @param winRate share of pairs where A scores higher, ties counting one half
 */
public record PairedDifference(int seeds, int episodes, double meanDifference, Interval ci, Interval runsFixedCi,
        double winRate) {

    /** {@code a[s][k]} and {@code b[s][k]}: same shape, rows aligned by seed, columns by episode. */
    public static PairedDifference of(double[][] a, double[][] b, Bootstrap bootstrap) {
        double[][] d = differences(a, b);
        int seeds = d.length;
        int episodes = seeds == 0 ? 0 : d[0].length;
        if (seeds == 0 || episodes == 0) {
            return new PairedDifference(seeds, episodes, Double.NaN, Interval.UNDEFINED, Interval.UNDEFINED,
                    Double.NaN);
        }
        int[] allSeeds = IntStream.range(0, seeds).toArray();
        int[] allEpisodes = IntStream.range(0, episodes).toArray();
        int[] si = new int[seeds];
        int[] ki = new int[episodes];
        Interval runsFixed = episodes < 2 ? Interval.UNDEFINED : bootstrap.replicate(() -> {
            bootstrap.draw(ki);
            return mean(d, allSeeds, ki);
        });
        Interval both = seeds < 2 ? runsFixed : bootstrap.replicate(() -> {
            bootstrap.draw(si);
            if (episodes > 1) {
                bootstrap.draw(ki);
            }
            return mean(d, si, episodes > 1 ? ki : allEpisodes);
        });
        return new PairedDifference(seeds, episodes, mean(d, allSeeds, allEpisodes), both, runsFixed, winRate(d));
    }

    /** Each seed's mean paired difference over its episodes: the units of the seed-level tests. */
    public static double[] seedMeans(double[][] a, double[][] b) {
        double[][] d = differences(a, b);
        double[] means = new double[d.length];
        for (int s = 0; s < d.length; s++) {
            means[s] = Descriptive.mean(d[s]);
        }
        return means;
    }

    static double[][] differences(double[][] a, double[][] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " vs " + b.length + " seeds");
        }
        double[][] d = new double[a.length][];
        for (int s = 0; s < a.length; s++) {
            if (a[s].length != b[s].length || a[s].length != a[0].length) {
                throw new IllegalArgumentException("episode counts differ at seed index " + s);
            }
            d[s] = new double[a[s].length];
            for (int k = 0; k < a[s].length; k++) {
                d[s][k] = a[s][k] - b[s][k];
            }
        }
        return d;
    }

    private static double mean(double[][] d, int[] seedIndices, int[] episodeIndices) {
        double sum = 0;
        for (int s : seedIndices) {
            double[] row = d[s];
            for (int k : episodeIndices) {
                sum += row[k];
            }
        }
        return sum / ((double) seedIndices.length * episodeIndices.length);
    }

    private static double winRate(double[][] d) {
        double wins = 0;
        int count = 0;
        for (double[] row : d) {
            for (double v : row) {
                wins += v > 0 ? 1 : v == 0 ? 0.5 : 0;
                count++;
            }
        }
        return wins / count;
    }
}
