package dqnsweep.run;

import dqnsweep.config.RunConfig;
import dqnsweep.reference.Reference;
import dqnsweep.sim.EnvName;
import java.util.Optional;

/**
 * The best score and the random policy's over an evaluation's first episodes, in the run's score
 * unit; null where no reference exists. The pendulums have the computed reference; CartPole's
 * optimum is the time limit's return (balancing for all eval_steps steps).
 */
record Optimum(Double optimal, Double random) {

    static Optimum of(RunConfig config, Optional<Reference> reference, int episodes) {
        if (reference.isPresent()) {
            return new Optimum(Summaries.mean(reference.get().optimalAverageReward(), episodes),
                    Summaries.mean(reference.get().randomAverageReward(), episodes));
        }
        return new Optimum(config.env() == EnvName.CARTPOLE ? (double) config.evalSteps() : null, null);
    }

    /** The optimum minus {@code score}. */
    Double gap(double score) {
        return optimal == null ? null : optimal - score;
    }

    /** 0 for the random policy's score, 1 for the optimum's. */
    Double normalized(double score) {
        return optimal == null || random == null ? null : Summaries.normalized(score, optimal, random);
    }
}
