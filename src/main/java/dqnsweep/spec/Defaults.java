package dqnsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.config.Algo;
import dqnsweep.sim.EnvName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in settings, {@code defaults.yaml} on the class path: one block per algorithm with a
 * {@code default} block and optional blocks per environment, read with a spec's YAML rules and
 * type checks. A malformed file is a bug of the build, reported like a spec mistake (file, line,
 * column and key).
 */
public final class Defaults {

    static final String RESOURCE = "defaults.yaml";
    private static final String DEFAULT_ALGO = "algo";
    private static final String FALLBACK = "default";
    /** The two training budgets: an algorithm that has one has the other, and a run has exactly one. */
    static final List<String> BUDGETS = List.of("iterations", "total_steps");

    private static final Defaults BUILT_IN = load();

    private final Algo defaultAlgo;
    private final Map<Algo, Map<String, ObjectNode>> blocks;

    private Defaults(Algo defaultAlgo, Map<Algo, Map<String, ObjectNode>> blocks) {
        this.defaultAlgo = defaultAlgo;
        this.blocks = blocks;
    }

    /** The defaults shipped with dqn-sweep. */
    public static Defaults builtIn() {
        return BUILT_IN;
    }

    /** The algorithm of a run that names none. */
    public Algo defaultAlgo() {
        return defaultAlgo;
    }

    /** The environment of a run of {@code algo} that names none. */
    public EnvName defaultEnv(Algo algo) {
        return EnvName.of(blocks.get(algo).get(FALLBACK).get("env").asText());
    }

    /**
     * The settings of {@code algo} in {@code env}: its default block, overlaid with the environment's
     * block, whose training budget (iterations or total_steps) replaces the default block's.
     */
    public ObjectNode settings(Algo algo, EnvName env) {
        Map<String, ObjectNode> byEnv = blocks.get(algo);
        ObjectNode settings = byEnv.get(FALLBACK).deepCopy();
        ObjectNode forEnv = byEnv.get(env.id());
        if (forEnv != null) {
            for (String budget : BUDGETS) {
                if (forEnv.has(budget)) {
                    settings.remove(BUDGETS);
                }
            }
            settings.setAll(forEnv.deepCopy());
        }
        return settings;
    }

    /** Whether {@code algo} uses setting {@code key} at all. */
    public boolean uses(Algo algo, String key) {
        ObjectNode fallback = blocks.get(algo).get(FALLBACK);
        return fallback.has(key) || BUDGETS.contains(key) && BUDGETS.stream().anyMatch(fallback::has);
    }

    private static Defaults load() {
        try (InputStream in = Defaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks " + RESOURCE);
            }
            return parse(Path.of("dqnsweep/spec/" + RESOURCE), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a defaults file given as text; {@code file} names it in messages. */
    static Defaults parse(Path file, String text) {
        SafeYaml.Document document = SafeYaml.read(file, text);
        Located located = new Located(file, document.sources());
        JsonNode root = document.root();
        if (!root.isObject() || !root.has(DEFAULT_ALGO)) {
            throw located.error("", "a defaults file maps algo: and one block per algorithm");
        }
        Algo defaultAlgo = located.algo(DEFAULT_ALGO, root.get(DEFAULT_ALGO).asText());
        Map<Algo, Map<String, ObjectNode>> blocks = new EnumMap<>(Algo.class);
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (!entry.getKey().equals(DEFAULT_ALGO)) {
                Algo algo = located.algo(entry.getKey(), entry.getKey());
                blocks.put(algo, located.algoBlocks(entry.getKey(), entry.getValue()));
            }
        }
        for (Algo algo : Algo.values()) {
            if (!blocks.containsKey(algo)) {
                throw located.error("", "no block for the " + algo + " algorithm");
            }
        }
        return new Defaults(defaultAlgo, blocks);
    }

    /** Checks with messages located in the file. */
    private record Located(Path file, SourceMap sources) {

        SpecException error(String path, String problem) {
            return new SpecException(file, sources.value(path), path, problem);
        }

        SpecException keyError(String path, String problem) {
            return new SpecException(file, sources.key(path), path, problem);
        }

        Algo algo(String path, String id) {
            try {
                return Algo.of(id);
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage());
            }
        }

        Map<String, ObjectNode> algoBlocks(String path, JsonNode node) {
            if (!node.isObject() || !node.has(FALLBACK)) {
                throw error(path, "an algorithm's block needs a default: block (and may have one per environment)");
            }
            Map<String, ObjectNode> blocks = new LinkedHashMap<>();
            Set<String> fallbackKeys = Set.copyOf(listKeys(node.get(FALLBACK)));
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String blockPath = path + "." + entry.getKey();
                if (!entry.getKey().equals(FALLBACK)) {
                    try {
                        EnvName.of(entry.getKey());
                    } catch (IllegalArgumentException e) {
                        throw error(blockPath, e.getMessage());
                    }
                }
                blocks.put(entry.getKey(), settings(blockPath, entry.getValue(), fallbackKeys));
            }
            return blocks;
        }

        private ObjectNode settings(String path, JsonNode block, Set<String> fallbackKeys) {
            if (!block.isObject()) {
                throw error(path, "must be a mapping of settings, got " + SettingTypes.describe(block));
            }
            for (Map.Entry<String, JsonNode> setting : block.properties()) {
                String key = setting.getKey();
                String settingPath = path + "." + key;
                if (!ConfigResolver.KEYS.contains(key)) {
                    throw keyError(settingPath, "unknown setting " + key);
                }
                boolean otherBudget = BUDGETS.contains(key) && BUDGETS.stream().anyMatch(fallbackKeys::contains);
                if (!fallbackKeys.isEmpty() && !fallbackKeys.contains(key) && !otherBudget) {
                    throw keyError(settingPath, key + " is not in the algorithm's default block; an environment's "
                            + "block only changes settings the algorithm uses");
                }
                SettingTypes.problem(key, setting.getValue()).ifPresent(problem -> {
                    throw error(settingPath, key + " " + problem);
                });
            }
            return (ObjectNode) block;
        }

        private static List<String> listKeys(JsonNode node) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            return keys;
        }
    }
}
