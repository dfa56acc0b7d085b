package dqnsweep.agent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The training algorithms. */
public enum Algo {
    /** The tutorial's algorithm, reproduced exactly (including its quirks). */
    NOTEBOOK,
    /** A modern DQN: replay buffer, minibatches, target network, lockstep environments. */
    DQN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Algo of(String id) {
        for (Algo algo : values()) {
            if (algo.id().equals(id.toLowerCase(Locale.ROOT))) {
                return algo;
            }
        }
        throw new IllegalArgumentException("unknown algo '" + id + "' (expected notebook or dqn)");
    }

    @Override
    public String toString() {
        return id();
    }
}
