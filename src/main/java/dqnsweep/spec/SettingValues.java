package dqnsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dqnsweep.agent.InvalidSettingException;
import java.io.IOException;

/** Reads a command-line value as a YAML scalar, so {@code --set gamma=0.99} means what it means in a spec. */
public final class SettingValues {

    private static final ObjectMapper YAML = new YAMLMapper();

    private SettingValues() {
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
