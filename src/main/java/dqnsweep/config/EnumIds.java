package dqnsweep.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the lower-case names users write for enum settings, with a message listing the choices. */
final class EnumIds {

    private EnumIds() {
    }

    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        for (E value : type.getEnumConstants()) {
            if (id(value).equals(text.toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(EnumIds::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (expected one of " + choices + ")");
    }
}
