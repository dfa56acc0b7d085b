package dqnsweep.reference;

/**
 * When the evaluation chooses actions: at every step {@code t} with {@code t % frameSkip == 0},
 * the choice holding until the next one. The last decision is shorter when {@code steps} is not a
 * multiple of {@code frameSkip}, and the optimum has to know it.
 */
public record DecisionSchedule(int steps, int frameSkip) {

    public DecisionSchedule {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be positive, got " + steps);
        }
        if (frameSkip < 1) {
            throw new IllegalArgumentException("frameSkip must be positive, got " + frameSkip);
        }
    }

    /** Number of decisions in an episode. */
    public int count() {
        return (steps + frameSkip - 1) / frameSkip;
    }

    /** Steps that decision {@code decision} (0-based) applies its action for. */
    public int length(int decision) {
        if (decision < 0 || decision >= count()) {
            throw new IndexOutOfBoundsException("decision " + decision + " of " + count());
        }
        return Math.min(frameSkip, steps - decision * frameSkip);
    }

    /** Decisions that follow decision {@code decision} in the episode. */
    public int remainingAfter(int decision) {
        return count() - 1 - decision;
    }
}
