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
