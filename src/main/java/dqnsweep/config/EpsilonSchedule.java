package dqnsweep.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the exploration rate falls over training. */
public enum EpsilonSchedule {
    /** epsilon *= epsilon_decay once per sequence, down to epsilon_end (the tutorial's rule). */
    EXPONENTIAL,
    /** Straight line from epsilon_start to epsilon_end over epsilon_fraction of all environment steps. */
    LINEAR;

    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    @JsonCreator
    public static EpsilonSchedule of(String id) {
        return EnumIds.parse(EpsilonSchedule.class, id, "epsilon schedule");
    }
}
