package dqnsweep.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The best and the worst a policy can sensibly do on an evaluation: per episode, the average
 * reward per step and return_200 of the optimal controller and of the uniformly random policy,
 * on the evaluation's own start states. Arrays are copied in and out, so a reference never
 * changes.
 */
public record Reference(ReferenceKey key, double[] optimalAverageReward, double[] optimalReturn200,
        double[] randomAverageReward, double[] randomReturn200) {

    public Reference {
        Objects.requireNonNull(key, "key");
        optimalAverageReward = checked("optimalAverageReward", optimalAverageReward, key.episodes());
        optimalReturn200 = checked("optimalReturn200", optimalReturn200, key.episodes());
        randomAverageReward = checked("randomAverageReward", randomAverageReward, key.episodes());
        randomReturn200 = checked("randomReturn200", randomReturn200, key.episodes());
    }

    /** A reference from the per-episode figures of both policies, in episode order. */
    public static Reference of(ReferenceKey key, List<EpisodeScore> optimal, List<EpisodeScore> random) {
        return new Reference(key, averageRewards(optimal), returns200(optimal), averageRewards(random),
                returns200(random));
    }

    @Override
    public double[] optimalAverageReward() {
        return optimalAverageReward.clone();
    }

    @Override
    public double[] optimalReturn200() {
        return optimalReturn200.clone();
    }

    @Override
    public double[] randomAverageReward() {
        return randomAverageReward.clone();
    }

    @Override
    public double[] randomReturn200() {
        return randomReturn200.clone();
    }

    public double meanOptimalAverageReward() {
        return mean(optimalAverageReward);
    }

    public double meanOptimalReturn200() {
        return mean(optimalReturn200);
    }

    public double meanRandomAverageReward() {
        return mean(randomAverageReward);
    }

    public double meanRandomReturn200() {
        return mean(randomReturn200);
    }

    /** Equal keys and bit-identical figures: what a cache round trip must preserve. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Reference that && key.equals(that.key)
                && Arrays.equals(optimalAverageReward, that.optimalAverageReward)
                && Arrays.equals(optimalReturn200, that.optimalReturn200)
                && Arrays.equals(randomAverageReward, that.randomAverageReward)
                && Arrays.equals(randomReturn200, that.randomReturn200);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(optimalAverageReward), Arrays.hashCode(optimalReturn200),
                Arrays.hashCode(randomAverageReward), Arrays.hashCode(randomReturn200));
    }

    @Override
    public String toString() {
        return "Reference[" + key + ", optimal " + meanOptimalAverageReward() + " per step, random "
                + meanRandomAverageReward() + " per step]";
    }

    private static double[] checked(String name, double[] values, int episodes) {
        Objects.requireNonNull(values, name);
        if (values.length != episodes) {
            throw new IllegalArgumentException(name + " has " + values.length + " episodes, expected " + episodes);
        }
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(name + " has a non-finite value " + value);
            }
        }
        return values.clone();
    }

    private static double[] averageRewards(List<EpisodeScore> scores) {
        return scores.stream().mapToDouble(EpisodeScore::averageReward).toArray();
    }

    private static double[] returns200(List<EpisodeScore> scores) {
        return scores.stream().mapToDouble(EpisodeScore::return200).toArray();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
