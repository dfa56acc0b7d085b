package dqnsweep.config;

import dqnsweep.sim.Environments;
import java.util.Locale;

/**
 * Upper bounds on a run's settings, from what a worker JVM can hold: every setting had a lower
 * bound only, so {@code layer1_units: 2000000000} or {@code replay_capacity: 2147483647} passed
 * {@code plan} and every run then died (bad_alloc, OutOfMemoryError, NegativeArraySizeException).
 * A run's {@link RunFootprint} must fit a share of the worker's heap and of ND4J's off-heap cap
 * (the tuned JVM's {@code -Xmx640m} and {@code maxbytes=1g}; {@code ResourceBoundsTest} checks them
 * against {@code TunedJvm}), and the step counts it multiplies must not overflow a long.
 */
public final class ResourceBounds {

    /** The worker's heap (-Xmx) and ND4J's off-heap cap (org.bytedeco.javacpp.maxbytes). */
    public static final long HEAP_BYTES = 640L << 20;
    public static final long OFF_HEAP_BYTES = 1L << 30;
    /** The share of each a run may plan to use: the JVM, DL4J and the collector need the rest. */
    static final double USABLE = 0.75;
    /** The longest Java array: replay buffers and network layers are single arrays. */
    private static final double MAX_ARRAY = Integer.MAX_VALUE - 8;

    private ResourceBounds() {
    }

    /** Throws {@link InvalidSettingException}, naming the setting, when the run cannot fit a worker. */
    public static void check(RunConfig config) {
        long training = config.trainingSteps();
        int gradientSteps = config.gradientSteps() == null ? 1 : config.gradientSteps();
        String budget = config.iterations() != null ? "iterations" : "total_steps";
        if (Math.multiplyHigh(training, gradientSteps) != 0 || training * gradientSteps < 0) {
            throw new InvalidSettingException(config.gradientSteps() != null && gradientSteps > 1 ? "gradient_steps"
                    : budget, "too large: " + training + " training steps x " + gradientSteps
                    + " gradient steps overflows a 64-bit count");
        }
        if (training > Long.MAX_VALUE - (long) config.evalEpisodes() * config.evalSteps()) {
            throw new InvalidSettingException(budget, "too large: " + training + " training steps plus the "
                    + "evaluation's overflow a 64-bit count");
        }
        int obs = Environments.create(config.env()).observationSize();
        if (config.replayCapacity() != null && (double) config.replayCapacity() * obs > MAX_ARRAY) {
            throw new InvalidSettingException("replay_capacity", "must be at most " + (long) (MAX_ARRAY / obs)
                    + " (one Java array holds its observations), got " + config.replayCapacity());
        }
        if (config.gradientSteps() != null
                && (double) config.gradientSteps() * config.batchSize() * Math.max(obs, config.actionCount()) > MAX_ARRAY) {
            throw new InvalidSettingException(RunFootprint.minibatchKey(config), "too large: gradient_steps "
                    + config.gradientSteps() + " x batch_size " + config.batchSize() + " rows are sampled at once, "
                    + "more than a Java array holds");
        }
        double widest = Math.max((double) config.layer1Units() * config.layer2Units(),
                Math.max((double) config.layer1Units() * obs, (double) config.layer2Units() * config.actionCount()));
        if (widest > MAX_ARRAY) {
            String key = config.layer2Units() > config.layer1Units() ? "layer2_units" : "layer1_units";
            throw new InvalidSettingException(key, String.format(Locale.ROOT, "too large: a %d x %d network has a "
                    + "layer of %.3g weights, more than a Java array holds", config.layer1Units(),
                    config.layer2Units(), widest));
        }
        RunFootprint footprint = RunFootprint.of(config);
        require(footprint.heapBytes(), HEAP_BYTES, "the worker's Java heap", RunFootprint.largest(footprint.heap()),
                config);
        require(footprint.offHeapBytes(), OFF_HEAP_BYTES, "ND4J's off-heap memory",
                RunFootprint.largest(footprint.offHeap()), config);
    }

    private static void require(double bytes, long cap, String where, String key, RunConfig config) {
        if (bytes > USABLE * cap) {
            throw new InvalidSettingException(key, String.format(Locale.ROOT, "too large: this run would need "
                    + "about %s of %s, which has %s for a run (%s is most of it, set to %s)", size(bytes), where,
                    size(USABLE * cap), key, value(config, key)));
        }
    }

    private static String value(RunConfig config, String key) {
        return switch (key) {
            case "layer1_units" -> Integer.toString(config.layer1Units());
            case "layer2_units" -> Integer.toString(config.layer2Units());
            case "iterations" -> String.valueOf(config.iterations());
            case "total_steps" -> String.valueOf(config.totalSteps());
            case "eval_episodes" -> Integer.toString(config.evalEpisodes());
            case "eval_steps" -> Integer.toString(config.evalSteps());
            case "replay_capacity" -> String.valueOf(config.replayCapacity());
            case "batch_size" -> String.valueOf(config.batchSize());
            case "gradient_steps" -> String.valueOf(config.gradientSteps());
            default -> "?";
        };
    }

    /** 512 MB, 3.2 GB, 40 TB. */
    static String size(double bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB", "PB"};
        int unit = 0;
        while (bytes >= 1000 && unit < units.length - 1) {
            bytes /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, bytes >= 100 || unit == 0 ? "%.0f %s" : "%.1f %s", bytes, units[unit]);
    }
}
