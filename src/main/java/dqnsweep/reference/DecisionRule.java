package dqnsweep.reference;

/** Chooses an action bin at each decision of an episode. */
@FunctionalInterface
interface DecisionRule {

    /** The bin to hold from {@code state}, the simulator state at decision {@code decision} (0-based). */
    int choose(double[] state, int decision);
}
