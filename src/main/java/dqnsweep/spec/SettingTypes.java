package dqnsweep.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dqnsweep.config.RunConfig;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type of every setting, read from {@link RunConfig}, and a readable complaint when a value
 * does not have it. Types hold whatever else a run sets, so a spec's values are checked one by one
 * where they are written; ranges and rules between settings are {@link RunConfig}'s, checked when
 * a whole run is resolved.
 */
public final class SettingTypes {

    private static final ObjectMapper IDS = JsonMapper.builder().build();
    private static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();

    static {
        for (RecordComponent component : RunConfig.class.getRecordComponents()) {
            TYPES.put(component.getAccessor().getAnnotation(JsonProperty.class).value(), primitive(component.getType()));
        }
    }

    private SettingTypes() {
    }

    /**
     * What is wrong with {@code value} as the value of setting {@code key}, phrased to follow the
     * key ("bins must be a whole number, got 2.5"); empty when the type fits. The key must be known.
     */
    public static Optional<String> problem(String key, JsonNode value) {
        Class<?> type = TYPES.get(key);
        if (type == null) {
            throw new IllegalArgumentException("unknown setting " + key);
        }
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.of("has no value");
        }
        if (value.isContainerNode()) {
            return Optional.of("must be a single value, got " + describe(value));
        }
        if (type == int.class) {
            return whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class) {
            return whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == double.class) {
            return number(value);
        }
        if (type == boolean.class) {
            return value.isBoolean() ? Optional.empty()
                    : Optional.of("must be true or false, got " + describe(value));
        }
        if (type.isEnum()) {
            return choice(type, value);
        }
        return Optional.empty();
    }

    /** The values a choice setting accepts, e.g. [pendulum, pendulum-v1, cartpole] for env; empty for other settings. */
    public static List<String> choices(String key) {
        Class<?> type = TYPES.get(key);
        if (type == null || !type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants()).map(constant -> IDS.convertValue(constant, String.class)).toList();
    }

    /** How a value reads in a message: {@code 2.5}, {@code the text '20'}, {@code a list}. */
    public static String describe(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "no value";
        }
        if (value.isTextual()) {
            return "the text '" + value.asText() + "'";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        return value.asText();
    }

    /** int for Integer and so on: a setting an algorithm does not use is null, but its values are the same. */
    private static Class<?> primitive(Class<?> type) {
        return MethodType.methodType(type).unwrap().returnType();
    }

    private static Optional<String> whole(JsonNode value, long min, long max) {
        if (value.isIntegralNumber()) {
            BigDecimal number = value.decimalValue();
            if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                return Optional.of("must be a whole number between " + min + " and " + max + ", got " + value.asText());
            }
            return Optional.empty();
        }
        return Optional.of("must be a whole number, got " + describe(value) + quotesHint(value));
    }

    private static Optional<String> number(JsonNode value) {
        if (value.isNumber()) {
            return value.isIntegralNumber() || Double.isFinite(value.doubleValue()) ? Optional.empty()
                    : Optional.of("must be a finite number, got " + value.asText());
        }
        return Optional.of("must be a number, got " + describe(value) + quotesHint(value));
    }

    private static Optional<String> choice(Class<?> type, JsonNode value) {
        List<String> ids = Arrays.stream(type.getEnumConstants())
                .map(constant -> IDS.convertValue(constant, String.class)).toList();
        if (value.isTextual() && ids.contains(value.asText().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String suggestion = value.isTextual() ? DidYouMean.closest(value.asText().toLowerCase(Locale.ROOT), ids) : null;
        return Optional.of("must be one of " + String.join(", ", ids) + ", got " + describe(value)
                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"));
    }

    private static String quotesHint(JsonNode value) {
        if (value.isTextual()) {
            try {
                new BigDecimal(value.asText().trim());
                return " (numbers are written without quotes)";
            } catch (NumberFormatException e) {
                return "";
            }
        }
        return "";
    }
}
