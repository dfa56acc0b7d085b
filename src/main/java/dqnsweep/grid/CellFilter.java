package dqnsweep.grid;

import com.fasterxml.jackson.databind.JsonNode;
import dqnsweep.BadInputException;
import dqnsweep.config.InvalidSettingException;
import dqnsweep.spec.ConfigResolver;
import dqnsweep.spec.DidYouMean;
import dqnsweep.spec.ExperimentSpec;
import dqnsweep.spec.SettingValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Selects cells by their grid values: {@code --only bins=20,iterations=100}. A cell matches when,
 * for every key named, its value equals one of the values given for that key, so repeating a key
 * selects several values ({@code bins=10,bins=20}). Values compare by meaning (20 and 20.0, linear
 * and LINEAR); a cell without a value for a key (a partial include) does not match it.
 */
public final class CellFilter {


    private final String text;
    private final LinkedHashMap<String, List<JsonNode>> conditions;

    private CellFilter(String text, LinkedHashMap<String, List<JsonNode>> conditions) {
        this.text = text;
        this.conditions = conditions;
    }

    /** Parses {@code key=value[,key=value...]}; throws {@link BadInputException} naming the bad part. */
    public static CellFilter parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("--only expects key=value[,key=value...], e.g. --only bins=20,iterations=100; "
                    + "got an empty filter");
        }
        LinkedHashMap<String, List<JsonNode>> conditions = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            int equals = part.indexOf('=');
            if (equals <= 0 || part.substring(0, equals).isBlank()) {
                throw new BadInputException("--only expects key=value[,key=value...], e.g. --only bins=20,iterations=100;"
                        + " '" + part + "' in '" + text + "' is not key=value");
            }
            String key = part.substring(0, equals).trim();
            String value = part.substring(equals + 1).trim();
            try {
                ConfigResolver.requireKnown(key);
                conditions.computeIfAbsent(key, k -> new ArrayList<>()).add(SettingValues.parse(key, value));
            } catch (InvalidSettingException e) {
                throw new BadInputException("--only " + e.getMessage());
            }
        }
        return new CellFilter(text, conditions);
    }

    /** Whether {@code cell} has, for every key of the filter, one of the values given for it. */
    public boolean matches(Cell cell) {
        Map<String, JsonNode> values = cell.values();
        return conditions.entrySet().stream().allMatch(condition -> values.containsKey(condition.getKey())
                && condition.getValue().stream().anyMatch(wanted -> SettingValues.same(wanted, values.get(condition.getKey()))));
    }

    /**
     * Fails unless every key is an axis of {@code spec} and every value occurs in some cell, so a typo
     * is reported instead of silently selecting nothing.
     */
    public void requireMatchable(ExperimentSpec spec, List<Cell> cells) {
        for (Map.Entry<String, List<JsonNode>> condition : conditions.entrySet()) {
            String key = condition.getKey();
            if (!spec.axes().contains(key)) {
                String suggestion = DidYouMean.closest(key, spec.axes());
                throw new BadInputException("--only " + text + ": " + key + " is not a grid axis of " + spec.file()
                        + " (axes: " + (spec.axes().isEmpty() ? "none" : String.join(", ", spec.axes())) + ")"
                        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
            }
            Set<String> present = new LinkedHashSet<>();
            cells.stream().map(Cell::values).filter(values -> values.containsKey(key))
                    .forEach(values -> present.add(values.get(key).asText()));
            for (JsonNode wanted : condition.getValue()) {
                boolean found = cells.stream().map(Cell::values)
                        .anyMatch(values -> values.containsKey(key) && SettingValues.same(wanted, values.get(key)));
                if (!found) {
                    throw new BadInputException("--only " + text + ": no cell has " + key + "=" + wanted.asText()
                            + " (values of " + key + ": " + present.stream().collect(Collectors.joining(", ")) + ")");
                }
            }
        }
    }

    /** The cells that match, in order. */
    public List<Cell> select(List<Cell> cells) {
        return cells.stream().filter(this::matches).toList();
    }

    /** The runs whose cell matches, in order. */
    public List<RunPlan> selectPlans(List<RunPlan> plans) {
        return plans.stream().filter(plan -> matches(plan.cell())).toList();
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "all cells" : text;
    }
}
