package dqnsweep.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.io.Csv;
import dqnsweep.io.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Writes a results folder following the sweep runner's contract (sweep.json, summary.csv and
 * the CSV files of each run), with outcomes chosen per (cell values, seed).
 */
public final class SweepFixture {

    /** What happened to one run. */
    public sealed interface Outcome permits Complete, Failed, Missing {
    }

    /**
     * A complete run. {@code episodeRewards[k]} is episode k+1's average reward per step;
     * {@code upright[k]} its upright fraction; {@code quality} in [0, 1] drives the synthetic
     * training curve, trajectory and policy.
     */
    public record Complete(double[] episodeRewards, double[] upright, int iterations, double quality, long seed)
            implements Outcome {
    }

    /** A run that threw. */
    public record Failed(String error) implements Outcome {
    }

    /** A run that never ran (partial sweep). */
    public record Missing() implements Outcome {
    }

    private final Path dir;
    private final Map<String, List<Object>> axes = new LinkedHashMap<>();
    private List<Long> seeds = List.of(1L, 2L, 3L);
    private String name = "fixture";
    private String description = "a fixture sweep";
    private boolean missingRowsInSummary = true;
    private boolean worstEpisodes = true;
    private BiFunction<Map<String, Object>, Long, Outcome> outcomes = (values, seed) -> synthetic(values, seed, 20);

    public SweepFixture(Path dir) {
        this.dir = dir;
    }

    public SweepFixture axis(String axis, Object... values) {
        axes.put(axis, List.of(values));
        return this;
    }

    public SweepFixture seeds(Long... values) {
        seeds = List.of(values);
        return this;
    }

    public SweepFixture named(String sweepName, String sweepDescription) {
        name = sweepName;
        description = sweepDescription;
        return this;
    }

    public SweepFixture outcomes(BiFunction<Map<String, Object>, Long, Outcome> chooser) {
        outcomes = chooser;
        return this;
    }

    /** Leave missing runs out of summary.csv (a runner stopped before writing them). */
    public SweepFixture omitMissingRows() {
        missingRowsInSummary = false;
        return this;
    }

    /** Runs without worst_episodes.csv, as runs made before it existed. */
    public SweepFixture withoutWorstEpisodes() {
        worstEpisodes = false;
        return this;
    }

    public static String cellId(Map<String, Object> values) {
        if (values.isEmpty()) {
            return "default";
        }
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join("_", parts);
    }

    public Path write() throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("spec.yaml"), "name: " + name + "\ndescription: \"" + description + "\"\n"
                + "grid:\n" + axesYaml() + "seeds: " + seeds + "\n");
        List<Map<String, Object>> cells = cells();
        ObjectNode sweep = Json.MAPPER.createObjectNode();
        sweep.put("name", name);
        sweep.put("description", description);
        sweep.put("spec_file", "experiments/" + name + ".yaml");
        sweep.put("command", "dqn-sweep sweep experiments/" + name + ".yaml --workers 2");
        ObjectNode axesNode = sweep.putObject("axes");
        axes.forEach((axis, values) -> values.forEach(v -> add(axesNode.withArray(axis), v)));
        seeds.forEach(sweep.putArray("seeds")::add);
        ArrayNode cellsNode = sweep.putArray("cells");
        ArrayNode runsNode = sweep.putArray("runs");
        List<String> header = new ArrayList<>(List.of("cell", "seed"));
        header.addAll(axes.keySet());
        header.addAll(List.of("status", "eval_average_reward", "eval_return_200", "eval_upright_fraction",
                "eval_solved_rate", "eval_return", "train_final_reward", "env_steps", "train_seconds",
                "wall_seconds", "steps_per_second", "error"));
        try (Writer writer = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
            Csv summary = Csv.open(writer, header);
            for (Map<String, Object> values : cells) {
                String id = cellId(values);
                ObjectNode cell = cellsNode.addObject();
                cell.put("id", id);
                ObjectNode valuesNode = cell.putObject("values");
                values.forEach((k, v) -> add(valuesNode, k, v));
                for (long seed : seeds) {
                    String folder = "cells/" + id + "/" + seed;
                    ObjectNode run = runsNode.addObject();
                    run.put("cell", id);
                    run.put("seed", seed);
                    run.put("folder", folder);
                    ObjectNode config = run.putObject("config");
                    config.put("env", "pendulum");
                    config.put("algo", "dqn");
                    config.put("bins", 20);
                    config.put("iterations", 100);
                    values.forEach((k, v) -> add(config, k, v));
                    config.put("seed", seed);
                    run.put("config_hash", Long.toHexString(id.hashCode() * 31L + seed));
                    Outcome outcome = outcomes.apply(values, seed);
                    List<Object> row = writeRun(dir.resolve(folder), outcome, id, seed, values);
                    if (row != null) {
                        summary.row(row.toArray());
                    }
                }
            }
            summary.flush();
        }
        sweep.put("workers", 2);
        sweep.put("started_at", "2025-11-25T05:00:00Z");
        sweep.put("finished_at", "2025-11-25T05:30:00Z");
        sweep.put("wall_seconds", 1800.0);
        ObjectNode machine = sweep.putObject("machine");
        machine.put("cores", 2);
        machine.put("java", "17.0.15");
        machine.put("os", "Linux 6.1 amd64");
        Files.writeString(dir.resolve("sweep.json"), Json.MAPPER.writeValueAsString(sweep));
        return dir;
    }

    private List<Object> writeRun(Path folder, Outcome outcome, String id, long seed, Map<String, Object> values)
            throws IOException {
        List<Object> row = new ArrayList<>(List.of(id, seed));
        row.addAll(values.values());
        if (outcome instanceof Missing) {
            if (!missingRowsInSummary) {
                return null;
            }
            row.addAll(Collections.nCopies(11, null));
            row.set(2 + values.size(), "missing");
            row.add("");
            return row;
        }
        Files.createDirectories(folder);
        if (outcome instanceof Failed failed) {
            Files.writeString(folder.resolve("error.txt"), failed.error() + "\n\n\tat somewhere\n");
            row.add("failed");
            row.addAll(Collections.nCopies(10, null));
            row.add(failed.error());
            return row;
        }
        Complete run = (Complete) outcome;
        writeEval(folder, run);
        writeTrain(folder, run);
        writeEpisodes(folder.resolve("trajectory.csv"), run, IntStream.rangeClosed(1, 5).toArray());
        if (worstEpisodes) {
            writeEpisodes(folder.resolve("worst_episodes.csv"), run, worst(run.episodeRewards()));
        }
        writePolicy(folder, run);
        int n = run.episodeRewards().length;
        double mean = Arrays.stream(run.episodeRewards()).sum() / n;
        double upright = Arrays.stream(run.upright()).sum() / n;
        double solved = Arrays.stream(run.upright()).filter(u -> u >= 0.9).count() / (double) n;
        row.addAll(List.of("complete", mean, mean * 200, upright, solved, mean * 250, mean, run.iterations() * 250L,
                run.iterations() * 0.01, run.iterations() * 0.012 + 1, 25_000.0));
        row.add("");
        return row;
    }

    private static void writeEval(Path folder, Complete run) throws IOException {
        try (Writer writer = Files.newBufferedWriter(folder.resolve("eval.csv"))) {
            Csv csv = Csv.open(writer, List.of("episode", "steps", "average_reward", "return_200",
                    "upright_fraction", "return"));
            for (int k = 0; k < run.episodeRewards().length; k++) {
                double r = run.episodeRewards()[k];
                csv.row(k + 1, 250, r, r * 200, run.upright()[k], r * 250);
            }
            csv.flush();
        }
    }

    private static void writeTrain(Path folder, Complete run) throws IOException {
        writeEvalCurve(folder, run);
        SplittableRandom rng = new SplittableRandom(run.seed() * 7919 + run.iterations());
        double target = run.episodeRewards().length == 0 ? -3 : Arrays.stream(run.episodeRewards()).sum()
                / run.episodeRewards().length;
        try (Writer writer = Files.newBufferedWriter(folder.resolve("train.csv"))) {
            Csv csv = Csv.open(writer, List.of("iteration", "env_steps", "epsilon", "average_reward", "loss",
                    "elapsed_ms"));
            for (int i = 1; i <= run.iterations(); i++) {
                double progress = Math.min(1, i / 80.0);
                double reward = -6.5 + (target + 6.5) * progress + 0.8 * (rng.nextDouble() - 0.5);
                csv.row(i, i * 250L, Math.max(0.05, 1 - i / 100.0), reward, i == 1 ? null : 1.0 / i, i * 10L);
            }
            csv.flush();
        }
    }

    /**
     * Four greedy evaluation points approaching the run's final score. Gradient steps grow with
     * the environment steps up to 1,000 plus one per iteration, like a replay ratio that falls.
     */
    private static void writeEvalCurve(Path folder, Complete run) throws IOException {
        double target = Arrays.stream(run.episodeRewards()).average().orElse(-3);
        try (Writer writer = Files.newBufferedWriter(folder.resolve("eval_curve.csv"))) {
            Csv csv = Csv.open(writer, List.of("env_steps", "gradient_steps", "iteration", "score", "return_200",
                    "optimal_score", "optimality_gap", "normalized_score"));
            for (int k = 1; k <= 4; k++) {
                long iteration = (long) run.iterations() * k / 4;
                double score = target + (4 - k) * 0.5;
                csv.row(iteration * 250, Math.min(iteration * 62, 1000 + iteration), iteration, score, score * 200,
                        -0.5, -0.5 - score, 1 - (-0.5 - score) / 15);
            }
            csv.flush();
        }
    }

    /**
     * Episodes of real pendulum dynamics under a swing-up controller that acts at random with
     * 1 - quality, in the given order: trajectory.csv's first five, or worst_episodes.csv's.
     */
    private static void writeEpisodes(Path file, Complete run, int[] episodes) throws IOException {
        int last = Arrays.stream(episodes).max().orElse(0);
        double[][] starts = new double[last + 1][];
        SplittableRandom draws = new SplittableRandom(20_211_125L);
        for (int episode = 1; episode <= last; episode++) {
            starts[episode] = new double[] {draws.nextDouble(-Math.PI, Math.PI), draws.nextDouble(-1, 1)};
        }
        SplittableRandom noise = new SplittableRandom(run.seed());
        try (Writer writer = Files.newBufferedWriter(file)) {
            Csv csv = Csv.open(writer, List.of("episode", "step", "theta", "theta_dot", "action", "reward"));
            for (int episode : episodes) {
                double theta = starts[episode][0];
                double thetaDot = starts[episode][1];
                for (int step = 0; step < 250; step++) {
                    double u = noise.nextDouble() < run.quality() ? controller(theta, thetaDot)
                            : noise.nextDouble(-2, 2);
                    u = Math.round(u * 2) / 2.0;
                    double normalized = Math.atan2(Math.sin(theta), Math.cos(theta));
                    double reward = -(normalized * normalized + .1 * thetaDot * thetaDot + .001 * u * u);
                    csv.row(episode, step, theta, thetaDot, u, reward);
                    thetaDot = Math.max(-8, Math.min(8, thetaDot + (15 * Math.sin(theta) + 3 * u) * 0.05));
                    theta += thetaDot * 0.05;
                }
            }
            csv.flush();
        }
    }

    /** The 3 episodes with the lowest reward, lowest first, ties to the lower episode (no optimum in this eval.csv). */
    public static int[] worst(double[] episodeRewards) {
        return IntStream.rangeClosed(1, episodeRewards.length).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> episodeRewards[k - 1]).thenComparing(k -> k))
                .limit(3).mapToInt(Integer::intValue).toArray();
    }

    public static double controller(double theta, double thetaDot) {
        double normalized = Math.atan2(Math.sin(theta), Math.cos(theta));
        double u = Math.abs(normalized) < 0.8 ? -(12 * normalized + 2.5 * thetaDot) : (thetaDot >= 0 ? 2 : -2);
        return Math.max(-2, Math.min(2, u));
    }

    private static void writePolicy(Path folder, Complete run) throws IOException {
        SplittableRandom noise = new SplittableRandom(run.seed() + 99);
        try (Writer writer = Files.newBufferedWriter(folder.resolve("policy.csv"))) {
            Csv csv = Csv.open(writer, List.of("theta", "theta_dot", "torque", "q_max"));
            for (int i = 0; i < 41; i++) {
                for (int j = 0; j < 41; j++) {
                    double theta = -Math.PI + 2 * Math.PI * i / 40;
                    double thetaDot = -8 + 16.0 * j / 40;
                    double u = noise.nextDouble() < run.quality() ? controller(theta, thetaDot)
                            : noise.nextDouble(-2, 2);
                    csv.row(theta, thetaDot, Math.round(u * 2) / 2.0, -1.0);
                }
            }
            csv.flush();
        }
    }

    /** A complete run whose level depends on the cell: more iterations better, 20 bins best. */
    public static Complete synthetic(Map<String, Object> values, long seed, int episodes) {
        int bins = ((Number) values.getOrDefault("bins", 20)).intValue();
        int iterations = ((Number) values.getOrDefault("iterations", 100)).intValue();
        double level = -7.5 + 6.8 * Math.min(1, Math.log10(iterations) / 4) - 0.4 * Math.abs(Math.log(bins / 20.0));
        SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + bins * 31L + iterations);
        double runEffect = 0.4 * (rng.nextDouble() - 0.5);
        SplittableRandom starts = new SplittableRandom(42);
        double[] rewards = new double[episodes];
        double[] upright = new double[episodes];
        double quality = Math.max(0, Math.min(1, (level + 7.5) / 7));
        for (int k = 0; k < episodes; k++) {
            double startEffect = 1.5 * (starts.nextDouble() - 0.5);
            rewards[k] = Math.min(-0.001, level + runEffect + startEffect * (1 - quality / 2)
                    + 0.3 * (rng.nextDouble() - 0.5));
            upright[k] = Math.max(0, Math.min(1, quality + 0.3 * (rng.nextDouble() - 0.5)));
        }
        return new Complete(rewards, upright, iterations, quality, seed);
    }

    private List<Map<String, Object>> cells() {
        List<Map<String, Object>> cells = new ArrayList<>();
        cells.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> axis : axes.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> cell : cells) {
                for (Object value : axis.getValue()) {
                    Map<String, Object> extended = new LinkedHashMap<>(cell);
                    extended.put(axis.getKey(), value);
                    next.add(extended);
                }
            }
            cells = next;
        }
        return cells;
    }

    private String axesYaml() {
        StringBuilder yaml = new StringBuilder();
        axes.forEach((axis, values) -> yaml.append("  ").append(axis).append(": ").append(values).append('\n'));
        return yaml.toString();
    }

    private static void add(ArrayNode array, Object value) {
        if (value instanceof Integer i) {
            array.add(i);
        } else if (value instanceof Double d) {
            array.add(d);
        } else {
            array.add(value.toString());
        }
    }

    private static void add(ObjectNode node, String key, Object value) {
        if (value instanceof Integer i) {
            node.put(key, i);
        } else if (value instanceof Double d) {
            node.put(key, d);
        } else {
            node.put(key, value.toString());
        }
    }

    /** Writes the default grid (bins 10/20/40 x iterations 100/1000/10000 x 5 seeds) into args[0]. */
    public static void main(String[] args) throws IOException {
        new SweepFixture(Path.of(args[0])).named("pendulum-default", "bins x iterations, as in the tutorial")
                .axis("bins", 10, 20, 40).axis("iterations", 100, 1000, 10000).seeds(1L, 2L, 3L, 4L, 5L)
                .outcomes((values, seed) -> synthetic(values, seed, 100)).write();
    }
}
