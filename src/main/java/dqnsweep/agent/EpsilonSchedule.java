package dqnsweep.agent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the exploration rate falls over training. */
public enum EpsilonSchedule {
    /** epsilon *= epsilon_decay once per sequence, down to epsilon_end (the tutorial's rule). */
    EXPONENTIAL,
    /** Straight line from epsilon_start to epsilon_end over epsilon_fraction of all environment steps. */
    LINEAR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static EpsilonSchedule of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
