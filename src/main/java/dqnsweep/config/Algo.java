package dqnsweep.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The training algorithms. */
public enum Algo {
    /** The tutorial's algorithm, reproduced exactly (including its quirks). */
    NOTEBOOK,
    /** A modern DQN: replay buffer, minibatches, target network, lockstep environments. */
    DQN;

    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    @JsonCreator
    public static Algo of(String id) {
        return EnumIds.parse(Algo.class, id, "algo");
    }

    @Override
    public String toString() {
        return id();
    }
}
