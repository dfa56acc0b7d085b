package dqnsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.BadInputException;
import dqnsweep.config.InvalidSettingException;
import java.util.List;

/** Command-line overrides ({@code --set key=value}, repeatable) as one settings layer. */
public final class Overrides {

    private Overrides() {
    }

    /**
     * Reads {@code key=value} assignments (values as YAML scalars, later ones winning) into a layer;
     * throws {@link BadInputException} for a malformed assignment, an unknown key (with did-you-mean)
     * or a value of the wrong type.
     */
    public static ObjectNode parse(List<String> assignments) {
        ObjectNode layer = JsonNodeFactory.instance.objectNode();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw new BadInputException("--set expects KEY=VALUE, got '" + assignment + "'");
            }
            String key = assignment.substring(0, equals).trim();
            String text = assignment.substring(equals + 1).trim();
            try {
                ConfigResolver.requireKnown(key);
                JsonNode value = SettingValues.parse(key, text);
                SettingTypes.problem(key, value).ifPresent(problem -> {
                    throw new InvalidSettingException(key, key + " " + problem);
                });
                layer.set(key, value);
            } catch (InvalidSettingException e) {
                String message = e.getMessage();
                throw new BadInputException("--set " + assignment + ": "
                        + (message.startsWith(key + ": ") ? message.substring(key.length() + 2) : message));
            }
        }
        return layer;
    }
}
