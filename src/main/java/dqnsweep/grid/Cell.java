package dqnsweep.grid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;

/** One combination of grid values; {@code id} is readable and stable, e.g. {@code bins=10_iterations=100}. */
public record Cell(int index, String id, LinkedHashMap<String, JsonNode> values) {
}
