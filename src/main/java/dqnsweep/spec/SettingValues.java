package dqnsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.BadInputException;
import dqnsweep.agent.InvalidSettingException;
import java.util.List;
import java.io.IOException;

/** Reads a command-line value as a YAML scalar, so {@code --set gamma=0.99} means what it means in a spec. */
public final class SettingValues {

    private static final ObjectMapper YAML = new YAMLMapper();

    private SettingValues() {
    }

    /** A settings layer from {@code KEY=VALUE} words, each key checked against the known settings. */
    public static ObjectNode layer(List<String> assignments) {
        ObjectNode layer = JsonNodeFactory.instance.objectNode();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw new BadInputException("--set expects KEY=VALUE, got '" + assignment + "'");
            }
            String key = assignment.substring(0, equals).trim();
            try {
                ConfigResolver.requireKnown(key);
                layer.set(key, parse(key, assignment.substring(equals + 1).trim()));
            } catch (InvalidSettingException e) {
                throw new BadInputException("--set " + e.getMessage());
            }
        }
        return layer;
    }

    public static JsonNode parse(String key, String text) {
        try {
            JsonNode node = YAML.readTree(text.isEmpty() ? "''" : text);
            if (node == null || node.isContainerNode()) {
                throw new InvalidSettingException(key, "expects a single value, got '" + text + "'");
            }
            return node;
        } catch (IOException e) {
            throw new InvalidSettingException(key, "cannot read '" + text + "' as a value");
        }
    }
}
