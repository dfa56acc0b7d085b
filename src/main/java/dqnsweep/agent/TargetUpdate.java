package dqnsweep.agent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the target network follows the online network. */
public enum TargetUpdate {
    /** Hard copy every target_interval gradient steps. */
    COPY,
    /** target = tau * online + (1 - tau) * target after every gradient step. */
    POLYAK;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TargetUpdate of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
