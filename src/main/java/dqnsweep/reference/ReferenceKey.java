package dqnsweep.reference;

import dqnsweep.sim.EnvName;
import java.util.Locale;
import java.util.Objects;

/**
 * What a reference depends on: the simulator, the action bins, the decision interval and the
 * evaluation's start states and length.
 */
public record ReferenceKey(EnvName env, int bins, int frameSkip, long evalSeed, int episodes, int steps) {

    public ReferenceKey {
        Objects.requireNonNull(env, "env");
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be at least 2, got " + bins);
        }
        if (frameSkip < 1) {
            throw new IllegalArgumentException("frameSkip must be positive, got " + frameSkip);
        }
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes must be positive, got " + episodes);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be positive, got " + steps);
        }
    }

    public DecisionSchedule schedule() {
        return new DecisionSchedule(steps, frameSkip);
    }

    /** A file-name-safe name that differs for different keys, e.g. {@code pendulum_bins20_skip2_seed20211125_episodes100_steps250}. */
    public String fileStem() {
        return String.format(Locale.ROOT, "%s_bins%d_skip%d_seed%d_episodes%d_steps%d", env.id(), bins, frameSkip,
                evalSeed, episodes, steps);
    }
}
