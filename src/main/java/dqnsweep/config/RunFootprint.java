package dqnsweep.config;

import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run holds in memory, estimated in bytes from its settings alone (in doubles, so absurd
 * settings do not overflow): on the Java heap its replay buffer, the plain-Java copy of its
 * network, its evaluation (all episodes step in lockstep) and its records; off the heap, in ND4J,
 * the online and target networks with their gradients and Adam state, and a minibatch's
 * activations. Each part is attributed to the setting that sizes it, so a refusal names the key.
 */
public record RunFootprint(Map<String, Double> heap, Map<String, Double> offHeap) {

    private static final int FLOAT = Float.BYTES;
    /** An object header and a few fields: an EpisodeResult, an EpisodeMetrics, an IterationRecord. */
    private static final double OBJECT = 100;
    /** Episodes recorded step by step in trajectory.csv (the first) and worst_episodes.csv (the worst). */
    private static final int TRAJECTORY_EPISODES = 5;
    private static final int WORST_EPISODES = 3;
    /** One trajectory row: an Object[] of boxed numbers. */
    private static final double TRAJECTORY_ROW = 200;
    /** Parameter-sized ND4J buffers: online and target parameters, gradients, Adam's two moments, spare. */
    private static final int PARAMETER_COPIES = 6;
    /** Activation-sized buffers per minibatch row and layer: inputs, pre-activations, errors, spare. */
    private static final int ACTIVATION_COPIES = 4;

    public static RunFootprint of(RunConfig config) {
        Environment environment = Environments.create(config.env());
        double obs = environment.observationSize();
        double actions = config.actionCount();
        double l1 = config.layer1Units();
        double l2 = config.layer2Units();
        double parameters = obs * l1 + l1 + l1 * l2 + l2 + l2 * actions + actions;
        String widest = l2 > l1 ? "layer2_units" : "layer1_units";
        Map<String, Double> heap = new LinkedHashMap<>();
        Map<String, Double> offHeap = new LinkedHashMap<>();
        heap.merge(widest, parameters * FLOAT + (l1 + l2 + actions) * FLOAT, Double::sum);
        double sequences = config.iterations() != null ? config.iterations()
                : Math.ceil((double) config.trainingSteps() / config.stepsPerSequence());
        heap.merge(config.iterations() != null ? "iterations" : "total_steps", sequences * OBJECT, Double::sum);
        heap.merge("eval_episodes", (double) config.evalEpisodes() * (obs * 12 + actions * FLOAT + 2 * OBJECT),
                Double::sum);
        double recorded = Math.min(TRAJECTORY_EPISODES, config.evalEpisodes())
                + Math.min(WORST_EPISODES, config.evalEpisodes());
        heap.merge("eval_steps", recorded * config.evalSteps() * TRAJECTORY_ROW, Double::sum);
        offHeap.merge(widest, PARAMETER_COPIES * parameters * FLOAT, Double::sum);
        if (config.algo() == Algo.DQN) {
            double transition = 2 * obs * FLOAT + Integer.BYTES + FLOAT + 1;
            heap.merge("replay_capacity", config.replayCapacity() * transition, Double::sum);
            // A training event samples gradient_steps minibatches at once: transitions, then targets and masks.
            double rows = (double) config.gradientSteps() * config.batchSize();
            heap.merge(minibatchKey(config), rows * (transition + 4 * actions * FLOAT), Double::sum);
            offHeap.merge(minibatchKey(config), (double) config.batchSize() * (obs + l1 + l2 + actions) * FLOAT
                    * ACTIVATION_COPIES * 2, Double::sum);
        }
        return new RunFootprint(heap, offHeap);
    }

    /** The setting that makes a training event's minibatches large: gradient_steps or batch_size. */
    static String minibatchKey(RunConfig config) {
        return config.gradientSteps() > config.batchSize() ? "gradient_steps" : "batch_size";
    }

    public double heapBytes() {
        return heap.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double offHeapBytes() {
        return offHeap.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The setting behind the largest part of {@code parts}. */
    static String largest(Map<String, Double> parts) {
        return parts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
