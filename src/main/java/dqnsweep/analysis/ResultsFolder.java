package dqnsweep.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dqnsweep.BadInputException;
import dqnsweep.analysis.RunRow.RunKey;
import dqnsweep.analysis.RunRow.Status;
import dqnsweep.analysis.SweepInfo.RunRef;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Csv;
import dqnsweep.io.CsvTable;
import dqnsweep.io.FileDigest;
import dqnsweep.io.Json;
import dqnsweep.sim.EnvName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads a sweep's results folder: {@code sweep.json}, {@code spec.yaml}, {@code summary.csv} and
 * the CSV files of each run. Nothing here trains or loads a model.
 */
public final class ResultsFolder {

    static final String SWEEP = "sweep.json";
    static final String SPEC = "spec.yaml";
    static final String SUMMARY = "summary.csv";

    private final Path dir;
    private final SweepInfo sweep;

    private ResultsFolder(Path dir, SweepInfo sweep) {
        this.dir = dir;
        this.sweep = sweep;
    }

    /** Opens {@code dir}, or explains in one line why it is not a results folder. */
    public static ResultsFolder open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + " is not a folder; expected a sweep's results folder (results/<name>)");
        }
        Path file = dir.resolve(SWEEP);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(dir + " is not a results folder: it has no " + SWEEP
                    + " (give the folder a sweep wrote, e.g. results/<name>)");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + " is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject() || !root.has("cells") && !root.has("runs")) {
            throw new BadInputException(file + " is not a sweep description (no cells or runs)");
        }
        return new ResultsFolder(dir, SweepInfo.parse(root));
    }

    public Path dir() {
        return dir;
    }

    public SweepInfo sweep() {
        return sweep;
    }

    /** The spec as given, or "" when spec.yaml is absent. */
    public String specText() throws IOException {
        Path spec = dir.resolve(SPEC);
        return Files.isRegularFile(spec) ? Files.readString(spec, StandardCharsets.UTF_8) : "";
    }

    /**
     * Every run: the planned runs of sweep.json in order, then any extra rows of summary.csv. A
     * run's row comes from summary.csv, else from its run.json, else it is missing.
     */
    public List<RunRow> runs(List<String> problems) throws IOException {
        Map<RunKey, RunRow> summary = readSummary();
        Map<RunKey, RunRow> rows = new LinkedHashMap<>();
        for (RunRef ref : sweep.runs()) {
            RunKey key = new RunKey(ref.cell(), ref.seed());
            RunRow row = summary.get(key);
            rows.put(key, row != null ? row : fromRunJson(key, problems));
        }
        for (SweepInfo.Cell cell : sweep.cells()) {
            for (long seed : sweep.seeds()) {
                RunKey key = new RunKey(cell.id(), seed);
                if (!rows.containsKey(key)) {
                    RunRow row = summary.get(key);
                    rows.put(key, row != null ? row : fromRunJson(key, problems));
                }
            }
        }
        summary.forEach(rows::putIfAbsent);
        return new ArrayList<>(rows.values());
    }

    /** The folder of a run, as sweep.json names it (default {@code cells/<cell>/<seed>}). */
    public Path runFolder(RunKey key) {
        for (RunRef ref : sweep.runs()) {
            if (ref.cell().equals(key.cell()) && ref.seed() == key.seed() && !ref.folder().isEmpty()) {
                return dir.resolve(ref.folder());
            }
        }
        return dir.resolve("cells").resolve(key.cell()).resolve(Long.toString(key.seed()));
    }

    /** The path of a run's folder relative to the results folder, with forward slashes. */
    public String relativeRunFolder(RunKey key) {
        return dir.relativize(runFolder(key)).toString().replace('\\', '/');
    }

    /**
     * A run's files against the sizes and SHA-256 its run.json recorded.
     *
     * @param recorded false for a run written before checksums (or without a run.json): nothing to check
     * @param problem why the files do not match, when they do not
     */
    public record Checksums(boolean recorded, Optional<String> problem) {
        static final Checksums UNRECORDED = new Checksums(false, Optional.empty());
    }

    public Checksums checksums(RunKey key) {
        Path folder = runFolder(key);
        Path file = folder.resolve("run.json");
        if (!Files.isRegularFile(file)) {
            return Checksums.UNRECORDED;
        }
        try {
            Map<String, FileDigest> files = FileDigest.fromJson(Json.MAPPER.readTree(file.toFile()).get("files"));
            return files == null ? Checksums.UNRECORDED : new Checksums(true, FileDigest.mismatch(folder, files));
        } catch (IOException | RuntimeException e) {
            return new Checksums(true, Optional.of("its run.json or files cannot be read (" + firstLine(e.getMessage())
                    + ")"));
        }
    }

    /**
     * Brings the status and error of summary.csv's rows in line with {@code runs} where the files'
     * check changed them (complete to corrupt, or back after a file was restored); the other
     * cells are kept as they are. Writes nothing when nothing changed.
     */
    public void recordStatuses(List<RunRow> runs) throws IOException {
        Path file = dir.resolve(SUMMARY);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<RunKey, RunRow> byKey = new LinkedHashMap<>();
        runs.forEach(run -> byKey.put(run.key(), run));
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            parser.forEach(record -> records.add(new ArrayList<>(record.toList())));
        }
        if (records.isEmpty()) {
            return;
        }
        List<String> header = records.get(0);
        int cell = header.indexOf("cell");
        int seed = header.indexOf("seed");
        int status = header.indexOf("status");
        int error = header.indexOf("error");
        if (cell < 0 || seed < 0 || status < 0 || error < 0) {
            return;
        }
        boolean changed = false;
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                continue;
            }
            RunRow run = byKey.get(new RunKey(record.get(cell), parseSeed(record.get(seed))));
            Status written = Status.parse(record.get(status));
            boolean checked = written == Status.COMPLETE || written == Status.CORRUPT;
            if (run != null && checked && (run.status() == Status.COMPLETE || run.status() == Status.CORRUPT)
                    && run.status() != written) {
                record.set(status, run.status().label());
                record.set(error, run.error());
                changed = true;
            }
        }
        if (changed) {
            AtomicFiles.writeText(file, writer -> {
                Csv csv = Csv.open(writer, header);
                for (List<String> record : records.subList(1, records.size())) {
                    csv.row(record.toArray());
                }
                csv.flush();
            });
        }
    }

    private static long parseSeed(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /**
     * A run's evaluation episodes, scored in its environment's unit (sweep.json names the run's
     * environment). CartPole's optimum is the time limit's return: balancing all eval_steps steps.
     */
    public EvalEpisodes eval(RunKey key) throws IOException {
        CsvTable table = CsvTable.read(runFolder(key).resolve("eval.csv"));
        table.require("episode", "average_reward");
        double[] episodes = table.numbers("episode");
        int[] numbers = new int[episodes.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = (int) episodes[i];
        }
        RunRef run = runRef(key);
        EnvName env = run == null || run.setting("env").isEmpty() ? EnvName.PENDULUM : EnvName.of(run.setting("env"));
        double[] upright = optional(table, "upright_fraction");
        double[] success = table.has("success") ? table.numbers("success")
                : Arrays.stream(upright).map(u -> u >= AnalysisSettings.SOLVED_UPRIGHT_FRACTION ? 1 : 0).toArray();
        double[] optimal = optional(table, "optimal_average_reward");
        if (env == EnvName.CARTPOLE && run != null) {
            Arrays.fill(optimal, Double.parseDouble(run.setting("eval_steps")));
        }
        return new EvalEpisodes(numbers, env.scoredByReturn() ? table.numbers("return") : table.numbers("average_reward"),
                table.numbers("average_reward"), optional(table, "return_200"), upright, success, optimal,
                optional(table, "random_average_reward"), optional(table, "steps_to_upright"),
                optional(table, "hold_angle"), optional(table, "hold_torque"));
    }

    private RunRef runRef(RunKey key) {
        return sweep.runs().stream().filter(r -> r.cell().equals(key.cell()) && r.seed() == key.seed()).findFirst()
                .orElse(null);
    }

    /** Training average reward per step by iteration, with the diagnostics train.csv has. */
    public TrainCurve train(RunKey key) throws IOException {
        CsvTable table = CsvTable.read(runFolder(key).resolve("train.csv"));
        table.require("iteration", "average_reward");
        return new TrainCurve(table.numbers("iteration"), table.numbers("average_reward"), optional(table, "env_steps"),
                optional(table, "epsilon"), optional(table, "learning_rate"), optional(table, "loss"));
    }

    /** The run's greedy evaluations during training, or null when it has no eval_curve.csv. */
    public EvalCurveRows evalCurve(RunKey key) throws IOException {
        CsvTable table = readIfPresent(key, "eval_curve.csv");
        if (table == null) {
            return null;
        }
        table.require("env_steps", "gradient_steps", "score");
        return new EvalCurveRows(table.numbers("env_steps"), table.numbers("gradient_steps"), table.numbers("score"),
                optional(table, "optimality_gap"), optional(table, "normalized_score"));
    }

    public Trajectories trajectories(RunKey key) throws IOException {
        return trajectories(key, "trajectory.csv");
    }

    /** The run's worst evaluation episodes, worst first, or null when it predates worst_episodes.csv. */
    public Trajectories worstEpisodes(RunKey key) throws IOException {
        return trajectories(key, "worst_episodes.csv");
    }

    private Trajectories trajectories(RunKey key, String name) throws IOException {
        CsvTable table = readIfPresent(key, name);
        return table == null ? null : Trajectories.of(table);
    }

    /** One of the run's CSV files, or null when the run has none (older runs lack some). */
    private CsvTable readIfPresent(RunKey key, String name) throws IOException {
        Path file = runFolder(key).resolve(name);
        return Files.isRegularFile(file) ? CsvTable.read(file) : null;
    }

    /** The greedy torque over the pendulum's state plane, or null when the run has no policy.csv. */
    public PolicyGrid policy(RunKey key) throws IOException {
        CsvTable table = readIfPresent(key, "policy.csv");
        if (table == null) {
            return null;
        }
        table.require("theta", "theta_dot", "torque");
        return new PolicyGrid(table.numbers("theta"), table.numbers("theta_dot"), table.numbers("torque"));
    }

    private Map<RunKey, RunRow> readSummary() throws IOException {
        Map<RunKey, RunRow> rows = new LinkedHashMap<>();
        Path file = dir.resolve(SUMMARY);
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        CsvTable table;
        try {
            table = CsvTable.read(file);
            table.require("cell", "seed", "status");
        } catch (IOException e) {
            // The folder's own index, damaged or not dqn-sweep's: the user's to fix, not a crash.
            throw new BadInputException(e.getMessage() + "; delete it and run report again: it is rebuilt "
                    + "from the runs' own files");
        }
        for (int i = 0; i < table.size(); i++) {
            RunRow row = new RunRow(table.text(i, "cell"), (long) table.number(i, "seed"),
                    Status.parse(table.text(i, "status")), table.number(i, "eval_average_reward"),
                    table.number(i, "eval_return_200"), table.number(i, "eval_upright_fraction"),
                    table.number(i, "eval_solved_rate"), table.number(i, "train_final_reward"),
                    table.number(i, "env_steps"), table.number(i, "train_seconds"), table.number(i, "wall_seconds"),
                    table.number(i, "steps_per_second"), table.text(i, "error"));
            rows.put(row.key(), row);
        }
        return rows;
    }

    /** A run not (yet) in summary.csv: what its run.json says, else missing. */
    private RunRow fromRunJson(RunKey key, List<String> problems) {
        Path file = runFolder(key).resolve("run.json");
        if (!Files.isRegularFile(file)) {
            return RunRow.missing(key.cell(), key.seed());
        }
        try {
            JsonNode run = Json.MAPPER.readTree(file.toFile());
            JsonNode eval = run.path("evaluation");
            JsonNode training = run.path("training");
            return new RunRow(key.cell(), key.seed(), Status.parse(run.path("status").asText("")),
                    number(eval, "mean_average_reward"), number(eval, "mean_return_200"),
                    number(eval, "mean_upright_fraction"), number(eval, "solved_rate"),
                    number(training, "final_average_reward"), number(training, "env_steps"),
                    number(training, "train_seconds"), number(run, "wall_seconds"),
                    number(training, "steps_per_second"), run.path("error").asText(""));
        } catch (IOException e) {
            problems.add("run " + key.cell() + " seed " + key.seed() + ": unreadable run.json (" + firstLine(
                    e.getMessage()) + ")");
            return RunRow.missing(key.cell(), key.seed());
        }
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }

    private static double[] optional(CsvTable table, String column) throws IOException {
        if (table.has(column)) {
            return table.numbers(column);
        }
        double[] nan = new double[table.size()];
        Arrays.fill(nan, Double.NaN);
        return nan;
    }

    public static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
