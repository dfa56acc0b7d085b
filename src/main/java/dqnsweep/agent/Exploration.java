package dqnsweep.agent;

import dqnsweep.config.EpsilonSchedule;
import dqnsweep.config.RunConfig;

/**
 * The epsilon of epsilon-greedy exploration. The exponential schedule repeats the tutorial's
 * update literally ({@code if epsilon > min: epsilon *= decay} before each sequence) so its
 * values match the notebook's printout bit for bit; the linear one is a function of the
 * environment steps done so far.
 */
final class Exploration {

    private final RunConfig config;
    private double sequenceEpsilon;

    Exploration(RunConfig config) {
        this.config = config;
        this.sequenceEpsilon = config.epsilonStart();
    }

    /** Called once when a new sequence starts; returns its epsilon for the exponential schedule. */
    double startSequence() {
        if (sequenceEpsilon > config.epsilonEnd()) {
            sequenceEpsilon *= config.epsilonDecay();
        }
        return sequenceEpsilon;
    }

    /** Epsilon for a step of a sequence, given all environment steps done before it. */
    double epsilon(double sequenceEpsilon, long stepsDone) {
        if (config.epsilonSchedule() == EpsilonSchedule.EXPONENTIAL) {
            return sequenceEpsilon;
        }
        double horizon = config.epsilonFraction() * config.trainingSteps();
        double progress = Math.min(1.0, stepsDone / horizon);
        return config.epsilonStart() + progress * (config.epsilonEnd() - config.epsilonStart());
    }
}
