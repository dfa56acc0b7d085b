package dqnsweep.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the target network follows the online network. */
public enum TargetUpdate {
    /** Hard copy every target_interval gradient steps. */
    COPY,
    /** target = tau * online + (1 - tau) * target after every gradient step. */
    POLYAK;

    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    @JsonCreator
    public static TargetUpdate of(String id) {
        return EnumIds.parse(TargetUpdate.class, id, "target update");
    }
}
