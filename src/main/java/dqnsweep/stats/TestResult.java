package dqnsweep.stats;

/**
 * The outcome of a two-sided randomisation test.
 *
 * @param test which test: {@code sign_flip_exact}, {@code sign_flip_monte_carlo},
 *     {@code permutation_exact}, {@code permutation_monte_carlo}, or {@code none} without data
 * @param n the units tested: seeds for the paired tests, runs of both sides for the permutation test
 * @param pValue share of the arrangements whose statistic is at least as extreme as the observed one;
 *     NaN when nothing could be tested
 * @param smallestP the smallest p-value the test can give with these units, whatever the data: with
 *     n paired seeds 2 / 2^n, so 5 seeds cannot go below 0.0625
 * @param arrangements sign patterns or splits enumerated, or resamples drawn
 */
public record TestResult(String test, int n, double pValue, double smallestP, long arrangements) {

    public static final TestResult NONE = new TestResult("none", 0, Double.NaN, Double.NaN, 0);

    public boolean exact() {
        return test.endsWith("_exact");
    }
}
