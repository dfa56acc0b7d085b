package dqnsweep.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.BadInputException;
import dqnsweep.config.Algo;
import dqnsweep.config.InvalidSettingException;
import dqnsweep.config.RunConfig;
import dqnsweep.spec.ConfigResolver;
import dqnsweep.spec.ExperimentSpec;
import dqnsweep.spec.SettingTypes;
import dqnsweep.spec.SettingValues;
import dqnsweep.spec.SpecException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands a spec into cells and runs. Pure: no I/O, no clock; the same spec always gives the same
 * cells, ids and order.
 *
 * <p>Cells: the cartesian product of the axes in declared order (the last axis varies fastest),
 * minus the grid cells matching an {@code exclude} entry, followed by the {@code include} entries in
 * declared order. Includes are added after excludes, so an include can bring back an excluded cell.
 * An include entry that assigns only some axes is a cell of its own whose other settings come from
 * base and the built-in defaults.
 *
 * <p>Runs: each cell once per seed; settings resolve as built-in defaults &lt; spec base &lt; cell
 * values &lt; command-line overrides, and the run's seed is the seed itself.
 */
public final class GridExpander {

    /** Largest number of runs (cells x seeds) a spec may expand to. */
    public static final long MAX_RUNS = 1_000_000;

    /** A cell together with the key path in the spec of each of its values, for located messages. */
    private record Sourced(Cell cell, Map<String, String> paths, String origin) {
    }

    private GridExpander() {
    }

    /**
     * The cells of {@code spec} in order. Throws {@link SpecException} for duplicate cells (an include
     * repeating a cell), ids that collide, an exclude that removes every cell, or more than
     * {@link #MAX_RUNS} runs.
     */
    public static List<Cell> cells(ExperimentSpec spec) {
        return expand(spec).stream().map(Sourced::cell).toList();
    }

    /**
     * Every run of {@code spec}, resolved and validated before any work: cells in order, then seeds
     * in order within each cell. {@code commandLineOverrides} are layers applied last, later ones
     * winning ({@code --set key=value}). Throws {@link SpecException} located at the value that
     * breaks a rule (e.g. {@code grid.bins[0]: bins must be at least 2, got 1}), or
     * {@link BadInputException} naming the {@code --set} that does.
     */
    public static List<RunPlan> plans(ExperimentSpec spec, List<ObjectNode> commandLineOverrides) {
        return plans(spec, commandLineOverrides, false);
    }

    /**
     * {@link #plans(ExperimentSpec, List)}, also refusing runs the cost model puts above
     * {@link Throughput#PLAUSIBLE_DAYS} days (a likely typo) unless {@code force}.
     */
    public static List<RunPlan> plans(ExperimentSpec spec, List<ObjectNode> commandLineOverrides, boolean force) {
        List<Sourced> cells = expand(spec);
        List<ObjectNode> overrides = commandLineOverrides.stream().map(ObjectNode::deepCopy).toList();
        checkOverrides(overrides);
        ObjectNode base = spec.base();
        List<RunPlan> plans = new ArrayList<>();
        Map<RunConfig, Sourced> firstSeedConfigs = new HashMap<>();
        for (Sourced sourced : cells) {
            Cell cell = sourced.cell();
            ObjectNode values = cell.settings();
            for (long seed : spec.seeds()) {
                List<ObjectNode> layers = new ArrayList<>();
                layers.add(base);
                layers.add(values);
                layers.addAll(overrides);
                layers.add(JsonNodeFactory.instance.objectNode().put("seed", seed));
                RunConfig config;
                try {
                    config = ConfigResolver.resolve(layers);
                    if (!force) {
                        Throughput.requirePlausible(config);
                    }
                } catch (InvalidSettingException e) {
                    throw locate(spec, sourced, base, overrides, layers, e);
                }
                if (seed == spec.seeds().get(0)) {
                    Sourced earlier = firstSeedConfigs.putIfAbsent(config, sourced);
                    if (earlier != null) {
                        throw duplicate(spec, earlier, sourced, overrides);
                    }
                }
                plans.add(RunPlan.of(cell, config));
            }
        }
        return plans;
    }

    private static List<Sourced> expand(ExperimentSpec spec) {
        LinkedHashMap<String, List<JsonNode>> grid = spec.grid();
        List<String> axes = List.copyOf(grid.keySet());
        checkSize(spec, grid);
        List<Sourced> cells = new ArrayList<>();
        List<Sourced> excluded = new ArrayList<>();
        int[] position = new int[axes.size()];
        do {
            LinkedHashMap<String, JsonNode> values = new LinkedHashMap<>();
            Map<String, String> paths = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                values.put(axes.get(a), grid.get(axes.get(a)).get(position[a]));
                paths.put(axes.get(a), "grid." + axes.get(a) + "[" + position[a] + "]");
            }
            Sourced cell = new Sourced(new Cell(0, CellIds.of(values), values), paths, "grid");
            (isExcluded(values, spec.exclude()) ? excluded : cells).add(cell);
        } while (advance(position, axes, grid));
        if (cells.isEmpty() && spec.include().isEmpty()) {
            throw spec.error("exclude", "exclude removes every cell of the grid");
        }
        List<ObjectNode> include = spec.include();
        for (int i = 0; i < include.size(); i++) {
            String origin = "include[" + i + "]";
            LinkedHashMap<String, JsonNode> values = new LinkedHashMap<>();
            Map<String, String> paths = new LinkedHashMap<>();
            for (String axis : axes) {
                if (include.get(i).has(axis)) {
                    values.put(axis, include.get(i).get(axis));
                    paths.put(axis, origin + "." + axis);
                }
            }
            for (Sourced other : cells) {
                if (sameValues(other.cell().values(), values)) {
                    throw spec.error(origin, "this include entry repeats the cell " + other.cell().id()
                            + (other.origin().equals("grid") ? " of the grid" : " of " + other.origin())
                            + "; remove it (an include adds a cell, it cannot run one twice)");
                }
            }
            cells.add(new Sourced(new Cell(0, CellIds.of(values), values), paths, origin));
        }
        return index(spec, cells);
    }

    /** Assigns final indices in order and checks that ids are unique. */
    private static List<Sourced> index(ExperimentSpec spec, List<Sourced> cells) {
        Map<String, Sourced> byId = new HashMap<>();
        List<Sourced> indexed = new ArrayList<>();
        for (Sourced sourced : cells) {
            Cell cell = sourced.cell();
            Sourced earlier = byId.putIfAbsent(cell.id(), sourced);
            if (earlier != null) {
                throw spec.error(pathOf(sourced, earlier), "two different cells get the same id " + cell.id()
                        + " (values that differ only in punctuation or number format); make the values differ more");
            }
            indexed.add(new Sourced(new Cell(indexed.size(), cell.id(), cell.values()), sourced.paths(),
                    sourced.origin()));
        }
        return indexed;
    }

    private static void checkSize(ExperimentSpec spec, Map<String, List<JsonNode>> grid) {
        long runs = spec.seeds().size();
        for (List<JsonNode> values : grid.values()) {
            runs = runs > MAX_RUNS ? runs : runs * values.size();
        }
        runs += (long) spec.include().size() * spec.seeds().size();
        if (runs > MAX_RUNS) {
            throw spec.error(grid.isEmpty() ? "seeds" : "grid", "this spec expands to more than " + MAX_RUNS
                    + " runs (axes x seeds); split it into several specs");
        }
    }

    /** Odometer step over axis positions, last axis fastest; false after the last combination. */
    private static boolean advance(int[] position, List<String> axes, Map<String, List<JsonNode>> grid) {
        for (int a = axes.size() - 1; a >= 0; a--) {
            if (++position[a] < grid.get(axes.get(a)).size()) {
                return true;
            }
            position[a] = 0;
        }
        return false;
    }

    private static boolean isExcluded(Map<String, JsonNode> values, List<ObjectNode> exclude) {
        return exclude.stream().anyMatch(entry -> entry.properties().stream().allMatch(
                condition -> values.containsKey(condition.getKey())
                        && SettingValues.same(values.get(condition.getKey()), condition.getValue())));
    }

    private static boolean sameValues(Map<String, JsonNode> a, Map<String, JsonNode> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> SettingValues.same(e.getValue(), b.get(e.getKey())));
    }

    private static void checkOverrides(List<ObjectNode> overrides) {
        for (ObjectNode layer : overrides) {
            for (Map.Entry<String, JsonNode> entry : layer.properties()) {
                String key = entry.getKey();
                if (key.equals("seed")) {
                    throw new BadInputException("--set seed: a sweep's seeds come from seeds: in the spec; each run's "
                            + "seed is the seed value itself");
                }
                try {
                    ConfigResolver.requireKnown(key);
                } catch (InvalidSettingException e) {
                    throw new BadInputException("--set " + e.getMessage());
                }
                SettingTypes.problem(key, entry.getValue()).ifPresent(problem -> {
                    throw new BadInputException("--set " + key + "=" + entry.getValue().asText() + ": " + key + " "
                            + problem);
                });
            }
        }
    }

    /** Turns a rule broken while resolving a run into a message that points at the value that broke it. */
    private static BadInputException locate(ExperimentSpec spec, Sourced sourced, ObjectNode base,
            List<ObjectNode> overrides, List<ObjectNode> layers, InvalidSettingException e) {
        String key = e.key();
        String message = e.getMessage();
        String problem = message.startsWith(key + ": ") ? message.substring(key.length() + 2) : message;
        String sentence = key.equals("?") ? problem : key + " " + problem;
        String cell = "cell " + sourced.cell().id();
        for (int i = overrides.size() - 1; i >= 0; i--) {
            if (overrides.get(i).has(key)) {
                return new BadInputException("--set " + key + "=" + overrides.get(i).get(key).asText() + ": " + sentence
                        + " (in " + cell + " of " + spec.file() + ")");
            }
        }
        if (sourced.paths().containsKey(key)) {
            return spec.error(sourced.paths().get(key), sentence + " (" + cell + ")");
        }
        if (base.has(key)) {
            return spec.error("base." + key, sentence + (sourced.cell().values().isEmpty() ? "" : " (" + cell + ")"));
        }
        JsonNode builtIn = ConfigResolver.builtInValue(layers, key);
        String defaultNote = builtIn == null ? "" : "; " + key + " is not set in the spec, so its built-in default "
                + builtIn.asText() + " applies: set it in base: or grid:";
        return new SpecException(spec.file(), Optional.empty(), "", cell + ": " + sentence + defaultNote);
    }

    private static BadInputException duplicate(ExperimentSpec spec, Sourced earlier, Sourced later,
            List<ObjectNode> overrides) {
        Map<String, JsonNode> earlierValues = earlier.cell().values();
        Map<String, JsonNode> laterValues = later.cell().values();
        for (ObjectNode layer : overrides) {
            for (String axis : spec.axes()) {
                if (layer.has(axis) && earlierValues.containsKey(axis) && laterValues.containsKey(axis)
                        && !SettingValues.same(earlierValues.get(axis), laterValues.get(axis))) {
                    return new BadInputException("--set " + axis + "=" + layer.get(axis).asText() + " overrides the grid "
                            + "axis " + axis + " of " + spec.file() + ", so cells " + earlier.cell().id() + " and "
                            + later.cell().id() + " become the same run; select cells with --only " + axis
                            + "=VALUE instead");
                }
            }
        }
        return spec.error(pathOf(later, earlier), "cell " + later.cell().id() + " is the same run as cell "
                + earlier.cell().id() + " once base and the built-in defaults fill in the rest; remove one of them");
    }

    /** Where {@code later} differs from {@code earlier} in the spec: its include entry, or its first differing value. */
    private static String pathOf(Sourced later, Sourced earlier) {
        if (!later.origin().equals("grid")) {
            return later.origin();
        }
        Map<String, JsonNode> earlierValues = earlier.cell().values();
        for (Map.Entry<String, JsonNode> entry : later.cell().values().entrySet()) {
            JsonNode other = earlierValues.get(entry.getKey());
            if (other == null || !SettingValues.same(other, entry.getValue())) {
                return later.paths().get(entry.getKey());
            }
        }
        return later.paths().values().stream().findFirst().orElse("grid");
    }
}
