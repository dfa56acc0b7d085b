package dqnsweep.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The regression loss on the temporal-difference error. */
public enum Loss {
    MSE,
    /** Huber with delta 1: quadratic near zero, linear beyond, so large TD errors do not explode. */
    HUBER;

    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    @JsonCreator
    public static Loss of(String id) {
        return EnumIds.parse(Loss.class, id, "loss");
    }
}
