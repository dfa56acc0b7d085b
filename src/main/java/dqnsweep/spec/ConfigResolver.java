package dqnsweep.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dqnsweep.config.Algo;
import dqnsweep.config.InvalidSettingException;
import dqnsweep.config.ResourceBounds;
import dqnsweep.config.RunConfig;
import dqnsweep.sim.EnvName;
import dqnsweep.sim.Environments;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Resolves a run configuration from layers of settings, later layers winning: built-in defaults
 * of the chosen algo &lt; each given layer in order. Values are checked strictly: 2.5 is not an
 * int, "20" in YAML quotes is not a number, and every range rule of {@link RunConfig} applies.
 */
public final class ConfigResolver {

    /** Every setting name users may write, in {@link RunConfig} order. */
    public static final List<String> KEYS = Arrays.stream(RunConfig.class.getRecordComponents())
            .map(ConfigResolver::keyOf).toList();

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .build();

    private ConfigResolver() {
    }

    /**
     * The built-in settings of the algorithm and environment the layers name (dqn and its default
     * environment if none), overlaid with each layer in order. A written setting the algorithm does
     * not use is refused.
     */
    public static RunConfig resolve(List<ObjectNode> layers) {
        RunConfig config = resolve(STRICT.createObjectNode(), layers);
        ResourceBounds.check(config);
        return config;
    }

    /** The built-in configuration of {@code algo} in its default environment. */
    public static RunConfig builtIn(Algo algo) {
        return resolve(List.of(STRICT.createObjectNode().put("algo", algo.id())));
    }

    /**
     * {@code base} with some settings changed, validated like users' settings, e.g.
     * {@code with(config, "bins", 10, "seed", 3)}. Settings of {@code base} that the changed
     * algorithm does not use are dropped, as built-in defaults are.
     */
    public static RunConfig with(RunConfig base, Object... keyValues) {
        ObjectNode changes = STRICT.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            changes.set((String) keyValues[i], STRICT.valueToTree(keyValues[i + 1]));
        }
        return resolve(toTree(base), List.of(changes));
    }

    /**
     * A configuration stored by an earlier run (a model file, run.json), read as today's: settings
     * added since take their built-in values, settings its algorithm no longer uses are dropped.
     */
    public static RunConfig fromStored(ObjectNode stored) {
        return resolve(stored, List.of());
    }

    /** The built-in value of {@code key} for the algorithm and environment the layers name, or null. */
    public static JsonNode builtInValue(List<ObjectNode> layers, String key) {
        ObjectNode written = merge(layers);
        Algo algo = algo(written, STRICT.createObjectNode());
        return Defaults.builtIn().settings(algo, env(written, STRICT.createObjectNode(), algo)).get(key);
    }

    /** {@code underlay}: settings that take the place of the built-in ones where the algorithm uses them. */
    private static RunConfig resolve(ObjectNode underlay, List<ObjectNode> layers) {
        ObjectNode written = merge(layers);
        Defaults defaults = Defaults.builtIn();
        Algo algo = algo(written, underlay);
        EnvName env = env(written, underlay, algo);
        for (String key : iterable(written)) {
            if (!key.equals("algo") && !defaults.uses(algo, key)) {
                throw new InvalidSettingException(key, "does not apply to the " + algo + " algorithm");
            }
            if (!appliesTo(env, key)) {
                throw new InvalidSettingException(key, "does not apply to " + env + ", whose actions are gym's "
                        + Environments.create(env).actions(0).size() + " discrete ones");
            }
        }
        if (Defaults.BUDGETS.stream().allMatch(written::has)) {
            throw new InvalidSettingException("total_steps", "and iterations are alternative training budgets: write "
                    + "one of them");
        }
        ObjectNode resolved = defaults.settings(algo, env);
        resolved.put("algo", algo.id());
        for (String key : iterable(underlay)) {
            if (defaults.uses(algo, key) && appliesTo(env, key)) {
                resolved.set(key, underlay.get(key));
            }
        }
        resolved.setAll(written);
        keepOneBudget(resolved, written, underlay);
        if (!env.pendulum()) {
            resolved.remove("bins");
        }
        fitDefaultsToTheRun(resolved, written);
        return toConfig(resolved);
    }

    /** Torque bins exist on the pendulums only; every other setting applies to every environment. */
    private static boolean appliesTo(EnvName env, String key) {
        return env.pendulum() || !key.equals("bins");
    }

    /** A written budget replaces the other one; else the underlay's; else the built-in choice stands. */
    private static void keepOneBudget(ObjectNode resolved, ObjectNode written, ObjectNode underlay) {
        for (ObjectNode source : List.of(written, underlay)) {
            for (String budget : Defaults.BUDGETS) {
                if (source.has(budget)) {
                    Defaults.BUDGETS.stream().filter(other -> !other.equals(budget)).forEach(resolved::remove);
                    return;
                }
            }
        }
    }

    /**
     * Defaults a small run cannot honour shrink to fit it, where written values are checked
     * instead: eval_curve_episodes to eval_episodes, eval_points to the distinct training steps
     * the run has.
     */
    private static void fitDefaultsToTheRun(ObjectNode resolved, ObjectNode written) {
        JsonNode episodes = resolved.get("eval_episodes");
        if (!written.has("eval_curve_episodes") && episodes.isIntegralNumber() && episodes.asInt() >= 1) {
            resolved.put("eval_curve_episodes", Math.min(resolved.get("eval_curve_episodes").asInt(), episodes.asInt()));
        }
        if (!written.has("eval_points")) {
            try {
                RunConfig withoutPoints = toConfig(resolved.deepCopy().put("eval_points", 0));
                resolved.put("eval_points", Math.min(resolved.get("eval_points").asLong(),
                        withoutPoints.maxEvalPoints()));
            } catch (InvalidSettingException e) {
                // Another setting is wrong: toConfig reports it for the whole configuration.
            }
        }
    }

    private static RunConfig toConfig(ObjectNode resolved) {
        try {
            return STRICT.treeToValue(resolved, RunConfig.class);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof InvalidSettingException invalid) {
                throw invalid;
            }
            String problem = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new InvalidSettingException(path(e), problem);
        } catch (InvalidFormatException e) {
            throw new InvalidSettingException(path(e), "'" + e.getValue() + "' is not a valid "
                    + describe(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw new InvalidSettingException(path(e), "expected " + describe(e.getTargetType()));
        } catch (JsonProcessingException e) {
            throw new InvalidSettingException(path(e), e.getOriginalMessage());
        }
    }

    private static ObjectNode merge(List<ObjectNode> layers) {
        ObjectNode merged = STRICT.createObjectNode();
        for (ObjectNode layer : layers) {
            for (Map.Entry<String, JsonNode> entry : layer.properties()) {
                requireKnown(entry.getKey());
                merged.set(entry.getKey(), entry.getValue());
            }
        }
        return merged;
    }

    private static Algo algo(ObjectNode written, ObjectNode underlay) {
        JsonNode algo = written.has("algo") ? written.get("algo") : underlay.get("algo");
        return algo == null ? Defaults.builtIn().defaultAlgo() : parseAlgo(algo);
    }

    private static EnvName env(ObjectNode written, ObjectNode underlay, Algo algo) {
        JsonNode env = written.has("env") ? written.get("env") : underlay.get("env");
        if (env == null) {
            return Defaults.builtIn().defaultEnv(algo);
        }
        try {
            return EnvName.of(env.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("env", e.getMessage());
        }
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The resolved configuration as a tree of settings (for saving, printing and hashing). */
    public static ObjectNode toTree(RunConfig config) {
        return STRICT.valueToTree(config);
    }

    /** Fails with a did-you-mean suggestion unless {@code key} is a setting. */
    public static void requireKnown(String key) {
        if (!KEYS.contains(key)) {
            String suggestion = DidYouMean.closest(key, KEYS);
            throw new InvalidSettingException(key, "unknown setting"
                    + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"));
        }
    }

    private static Algo parseAlgo(JsonNode node) {
        try {
            return Algo.of(node.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("algo", e.getMessage());
        }
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            List<String> names = new ArrayList<>();
            mapping.getPath().forEach(reference -> names.add(reference.getFieldName()));
            return String.join(".", names);
        }
        return "?";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == int.class || type == long.class || type == Integer.class) {
            return "whole number";
        }
        if (type == double.class || type == Double.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean (true or false)";
        }
        if (type.isEnum()) {
            return "choice (" + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList())
                    + ")";
        }
        return type.getSimpleName();
    }

    private static String keyOf(RecordComponent component) {
        return component.getAccessor().getAnnotation(JsonProperty.class).value();
    }
}
