package dqnsweep.reference;

import dqnsweep.sim.EnvName;
import java.util.Optional;

/** Computes references, and names how, so that a cache never mixes two methods' numbers. */
public interface ReferenceSource {

    /** Whether this source has references for {@code env} at all. */
    boolean covers(EnvName env);

    /** A short file-name-safe name of the method and its settings for {@code key}, e.g. {@code dp401x401}. */
    String version(ReferenceKey key);

    /** The reference for {@code key}, or empty when this source does not cover its environment. */
    Optional<Reference> compute(ReferenceKey key);
}
