package dqnsweep.analysis;

import java.util.Locale;

/**
 * One run of the sweep as {@code summary.csv} (or, lacking it, the run's {@code run.json})
 * describes it. Numbers are NaN when missing.
 */
public record RunRow(String cell, long seed, Status status, double evalAverageReward, double evalReturn200,
        double evalUprightFraction, double evalSolvedRate, double trainFinalReward, double envSteps,
        double trainSeconds, double wallSeconds, double stepsPerSecond, String error) {

    /**
     * Where a run stands. CORRUPT: complete, but its files are not those its run.json recorded
     * (cut, edited or damaged): not scored.
     */
    public enum Status {
        COMPLETE, FAILED, CORRUPT, MISSING;

        public static Status parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "complete" -> COMPLETE;
                case "failed" -> FAILED;
                case "corrupt" -> CORRUPT;
                default -> MISSING;
            };
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static RunRow missing(String cell, long seed) {
        double nan = Double.NaN;
        return new RunRow(cell, seed, Status.MISSING, nan, nan, nan, nan, nan, nan, nan, nan, nan, "");
    }

    public RunKey key() {
        return new RunKey(cell, seed);
    }

    /** The same run with another status and reason, its figures kept. */
    public RunRow with(Status newStatus, String reason) {
        return new RunRow(cell, seed, newStatus, evalAverageReward, evalReturn200, evalUprightFraction, evalSolvedRate,
                trainFinalReward, envSteps, trainSeconds, wallSeconds, stepsPerSecond, reason);
    }

    /** A run's identity within a sweep. */
    public record RunKey(String cell, long seed) {
    }
}
