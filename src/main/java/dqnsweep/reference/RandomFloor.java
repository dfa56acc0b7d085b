package dqnsweep.reference;

import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The uniformly random policy on the evaluation's starts: what a policy that learned nothing
 * scores. Its bins come from one generator of a fixed seed, independent of the evaluation seed, so
 * the floor is reproducible and does not share draws with the start states.
 */
public final class RandomFloor {

    /** "RANDOM" in ASCII: any fixed value would do, this one is easy to recognise. */
    static final long RANDOM_POLICY_SEED = 0x52414E444F4DL;

    private RandomFloor() {
    }

    /** Per-episode figures of the random policy, in episode order. */
    public static List<EpisodeScore> scores(ReferenceKey key) {
        Environment simulator = Environments.create(key.env());
        RandomPolicy policy = new RandomPolicy(key.bins(), new SplittableRandom(RANDOM_POLICY_SEED));
        return Episodes.play(simulator, simulator.actions(key.bins()), key.schedule(),
                Episodes.starts(key.env(), key.evalSeed(), key.episodes()), policy);
    }
}
