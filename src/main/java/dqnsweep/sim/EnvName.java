package dqnsweep.sim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The simulators dqn-sweep knows, by the name users write in specs and on the command line. */
public enum EnvName {
    /** gym Pendulum-v0 (the tutorial's environment). */
    PENDULUM("pendulum"),
    /** Gymnasium Pendulum-v1: velocity clipped before the angle update. */
    PENDULUM_V1("pendulum-v1"),
    /** gym CartPole-v1. */
    CARTPOLE("cartpole"),
    /** Gymnasium Acrobot-v1. */
    ACROBOT("acrobot"),
    /** Gymnasium MountainCar-v0 (discrete actions). */
    MOUNTAINCAR("mountaincar");

    private final String id;

    EnvName(String id) {
        this.id = id;
    }

    /** What counts as a successful evaluation episode. */
    public enum Success {
        /** Pendulum: the pole upright (|theta| within 0.2 rad) for at least 90% of the last 100 steps. */
        UPRIGHT,
        /** CartPole: never terminated, i.e. balanced until the episode's end (gym's time limit, 500). */
        SURVIVES,
        /** Acrobot, MountainCar: the goal reached, which ends the episode. */
        REACHES_GOAL
    }

    /** What counts as success in this environment. */
    public Success success() {
        return switch (this) {
            case PENDULUM, PENDULUM_V1 -> Success.UPRIGHT;
            case CARTPOLE -> Success.SURVIVES;
            case ACROBOT, MOUNTAINCAR -> Success.REACHES_GOAL;
        };
    }

    /**
     * Whether a run here is scored by its episodes' return (the sum of rewards, as published
     * results are) rather than the tutorial's average reward per step: every environment but the
     * pendulums, whose score stays the tutorial's number.
     */
    public boolean scoredByReturn() {
        return !pendulum();
    }

    /** Whether this is a pendulum: continuous torques cut into bins, a (theta, theta_dot) state plane. */
    public boolean pendulum() {
        return this == PENDULUM || this == PENDULUM_V1;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static EnvName of(String id) {
        for (EnvName name : values()) {
            if (name.id.equals(id.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        throw new IllegalArgumentException("unknown env '" + id + "' (expected one of " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(EnvName::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
