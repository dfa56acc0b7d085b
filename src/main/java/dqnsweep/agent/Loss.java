package dqnsweep.agent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The regression loss on the temporal-difference error. */
public enum Loss {
    MSE,
    /** Huber with delta 1: quadratic near zero, linear beyond, so large TD errors do not explode. */
    HUBER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Loss of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
