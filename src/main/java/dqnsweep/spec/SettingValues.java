package dqnsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dqnsweep.config.InvalidSettingException;
import java.util.Locale;

/** Setting values as users write them: read like YAML scalars, compared by meaning. */
public final class SettingValues {

    private SettingValues() {
    }

    /**
     * Reads a command-line value as a YAML scalar with {@link SafeYaml}'s rules, so
     * {@code --set gamma=0.99} means what it means in a spec (and {@code yes} stays text).
     */
    public static JsonNode parse(String key, String text) {
        return SafeYaml.readScalar(text.isEmpty() ? "''" : text)
                .orElseThrow(() -> new InvalidSettingException(key, "expects a single value, got '" + text + "'"));
    }

    /**
     * Whether two setting values mean the same: numbers by numeric value (20 and 20.0), text
     * ignoring case (choices such as {@code linear} are case-insensitive), anything else by equality.
     */
    public static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            if (!Double.isFinite(a.doubleValue()) || !Double.isFinite(b.doubleValue())) {
                return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
            }
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return a.asText().toLowerCase(Locale.ROOT).equals(b.asText().toLowerCase(Locale.ROOT));
        }
        return a.equals(b);
    }
}
