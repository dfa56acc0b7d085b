package dqnsweep.stats;

/**
 * Seed planning: how many seeds a paired comparison needs to detect a difference with 80% power
 * in a two-sided test at alpha 0.05, from the standard deviation s of the per-seed differences.
 *
 * <p>Method: the normal approximation with Guenther's (1981) correction for the t distribution,
 * n = (z(1 - alpha/2) + z(power))^2 (s / delta)^2 + z(1 - alpha/2)^2 / 2, rounded up. It matches
 * the exact noncentral-t answer of the paired t test to within one seed (delta / s = 0.5: 34; 1: 10).
 * The result is raised to the fewest seeds at which the exact sign-flip test can reach alpha at
 * all (2 / 2^n <= alpha: 6 seeds at 0.05), since that is the test the report applies.
 *
 * @param seeds seeds needed, or null when it cannot be said ({@code note} says why)
 * @param note empty when {@code seeds} is set
 */
public record SeedPlan(Long seeds, String note) {

    public static final double ALPHA = 0.05;
    public static final double POWER = 0.8;

    public static SeedPlan forDifference(double difference, double sd) {
        return forDifference(difference, sd, ALPHA, POWER);
    }

    public static SeedPlan forDifference(double difference, double sd, double alpha, double power) {
        if (!Double.isFinite(difference) || !Double.isFinite(sd)) {
            return new SeedPlan(null, "fewer than two paired seeds: no spread to plan from");
        }
        if (difference == 0) {
            return new SeedPlan(null, "no difference to detect");
        }
        if (sd == 0) {
            return new SeedPlan(null, "the per-seed differences do not vary: any seed count shows the same");
        }
        double za = Normal.quantile(1 - alpha / 2);
        double zb = Normal.quantile(power);
        double ratio = sd / Math.abs(difference);
        double n = Math.ceil((za + zb) * (za + zb) * ratio * ratio + za * za / 2);
        if (n > 1e12) {
            return new SeedPlan(null, "more than 10^12 seeds: not detectable in practice");
        }
        return new SeedPlan(Math.max((long) n, smallestExact(alpha)), "");
    }

    /** The fewest seeds with 2 / 2^n <= alpha. */
    static long smallestExact(double alpha) {
        long n = 1;
        while (SignFlip.smallestP((int) n) > alpha) {
            n++;
        }
        return n;
    }
}
