package dqnsweep.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.BadInputException;
import dqnsweep.grid.RunPlan;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Json;
import dqnsweep.jvm.Machine;
import dqnsweep.run.ConfigHash;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunFiles;
import dqnsweep.run.RunIntegrity;
import dqnsweep.run.RunOutputs;
import dqnsweep.run.RunSummary;
import dqnsweep.run.TrainingProgress;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code dqn-sweep verify RESULTS}: runs finished runs again in a temporary folder and compares
 * their files with the originals: the CSV files byte for byte with the timing columns aside,
 * run.json with its timing and machine fields aside, model.zip byte for byte. A run's results
 * depend only on its configuration (and the pinned OpenBLAS kernel), so any difference means the
 * results cannot be reproduced: another software version, another kernel, or a changed file.
 */
public final class Verify {

    /** Files compared: every file of a complete run, run.json last. */
    private static final List<String> COMPARED = concat(RunOutputs.CHECKED, List.of(RunOutputs.SUMMARY));

    /**
     * One run verified.
     *
     * @param different the files that differ (empty: identical), or why the run could not be redone
     * @param corruption why the original's files do not match its own run.json, if they do not
     */
    public record Verdict(RunPlan plan, List<String> different, Optional<String> corruption, RunSummary original,
            RunSummary rerun) {

        public boolean identical() {
            return different.isEmpty();
        }
    }

    private final Path root;
    private final List<RunPlan> complete;
    private final RunExecutor executor;

    private Verify(Path root, List<RunPlan> complete, RunExecutor executor) {
        this.root = root;
        this.complete = complete;
        this.executor = executor;
    }

    /** Opens a results folder: its complete runs, in the order of sweep.json. */
    public static Verify open(Path root, RunExecutor executor) {
        Merge.Source source = Merge.read(root);
        List<RunPlan> plans = Merge.plans(source);
        List<RunPlan> complete = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            RunSummary summary = RunExecutor.readSummary(root.resolve(plans.get(i).relativeFolder()));
            if (summary != null && summary.complete()
                    && source.manifest().runs().get(i).configHash().equals(summary.configHash())) {
                complete.add(plans.get(i));
            }
        }
        if (complete.isEmpty()) {
            throw new BadInputException(root + " has no complete run to verify");
        }
        return new Verify(root, complete, executor);
    }

    public List<RunPlan> complete() {
        return complete;
    }

    /**
     * {@code count} complete runs chosen from the run list alone, so every machine picks the same:
     * one per cell first (cell k takes its k-th complete seed, wrapping, so the seeds vary), then a
     * second per cell, and so on.
     */
    public List<RunPlan> sample(int count) {
        if (count < 1) {
            throw new BadInputException("--sample must be at least 1, got " + count);
        }
        Map<String, List<RunPlan>> byCell = new LinkedHashMap<>();
        complete.forEach(plan -> byCell.computeIfAbsent(plan.cell().id(), id -> new ArrayList<>()).add(plan));
        List<RunPlan> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < Math.min(count, complete.size()); round++) {
            int k = 0;
            for (List<RunPlan> runs : byCell.values()) {
                if (round < runs.size() && chosen.size() < count) {
                    chosen.add(runs.get((k + round) % runs.size()));
                }
                k++;
            }
        }
        List<RunPlan> ordered = new ArrayList<>(complete);
        ordered.retainAll(chosen);
        return ordered;
    }

    /**
     * The complete runs whose files do not match the checksums in their run.json, with why: every
     * complete run is checked, sampled or not (hashing costs a millisecond; re-running, seconds).
     */
    public Map<RunPlan, String> corrupt() {
        Map<RunPlan, String> corrupt = new LinkedHashMap<>();
        for (RunPlan plan : complete) {
            Path folder = root.resolve(plan.relativeFolder());
            RunIntegrity.problem(folder, RunExecutor.readSummary(folder)).ifPresent(problem -> corrupt.put(plan, problem));
        }
        return corrupt;
    }

    /** How many complete runs predate checksums: their files cannot be checked, nor their model.zip match. */
    public long unrecorded() {
        return complete.stream().filter(plan -> RunIntegrity.predatesChecksums(
                RunExecutor.readSummary(root.resolve(plan.relativeFolder())))).count();
    }

    /** The number of cells with a complete run: the default sample, one run each. */
    public int cells() {
        return (int) complete.stream().map(plan -> plan.cell().id()).distinct().count();
    }

    /** Runs each plan again in a temporary folder and compares; {@code each} hears every verdict as it comes. */
    public List<Verdict> verify(List<RunPlan> plans, Consumer<Verdict> each) throws IOException {
        List<Verdict> verdicts = new ArrayList<>();
        Path scratch = Files.createTempDirectory("dqn-sweep-verify-");
        try {
            for (RunPlan plan : plans) {
                Verdict verdict = verify(plan, scratch.resolve(Integer.toString(verdicts.size())));
                verdicts.add(verdict);
                each.accept(verdict);
            }
        } finally {
            AtomicFiles.deleteTree(scratch);
        }
        return verdicts;
    }

    private Verdict verify(RunPlan plan, Path again) throws IOException {
        Path original = root.resolve(plan.relativeFolder());
        RunSummary summary = RunExecutor.readSummary(original);
        Optional<String> corruption = RunIntegrity.problem(original, summary);
        RunSummary rerun;
        try {
            rerun = executor.execute(plan.config(), again, TrainingProgress.NONE);
        } catch (IOException | RuntimeException e) {
            return new Verdict(plan, List.of("the re-run failed (" + RunExecutor.describe(e) + ")"), corruption,
                    summary, null);
        }
        if (!ConfigHash.of(plan.config()).equals(rerun.configHash())) {
            throw new IllegalStateException("the re-run of " + plan.relativeFolder() + " has another configuration");
        }
        List<String> different = new ArrayList<>();
        for (String name : COMPARED) {
            if (!same(original.resolve(name), again.resolve(name))) {
                different.add(name);
            }
        }
        return new Verdict(plan, different, corruption, summary, rerun);
    }

    /** Whether two files of a run agree: both absent, or equal once timing is set aside. */
    static boolean same(Path a, Path b) throws IOException {
        boolean hasA = Files.isRegularFile(a);
        boolean hasB = Files.isRegularFile(b);
        if (!hasA || !hasB) {
            return hasA == hasB;
        }
        String name = a.getFileName().toString();
        if (name.equals(RunOutputs.SUMMARY)) {
            return deterministicPart(a).equals(deterministicPart(b));
        }
        if (name.endsWith(".csv") && hasTimingColumn(a)) {
            return withoutTiming(a).equals(withoutTiming(b));
        }
        return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    /**
     * run.json without its timing fields (names ending in {@code seconds}, {@code per_second} or
     * {@code _at}), the machine, and the files' checksums (each file is compared itself, and
     * train.csv's checksum covers its timing column).
     */
    static JsonNode deterministicPart(Path runJson) throws IOException {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(runJson.toFile());
        } catch (IOException e) {
            return Json.MAPPER.getNodeFactory().textNode("unreadable: " + e.getMessage());
        }
        if (tree instanceof ObjectNode object) {
            object.remove(List.of("machine", "files"));
        }
        removeTiming(tree);
        return tree;
    }

    private static void removeTiming(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (RunSummary.isTiming(name)) {
                    names.remove();
                } else {
                    removeTiming(object.get(name));
                }
            }
        }
    }

    private static boolean hasTimingColumn(Path csv) throws IOException {
        List<List<String>> rows = rows(csv, 1);
        return !rows.isEmpty() && rows.get(0).stream().anyMatch(RunFiles.TIMING_COLUMNS::contains);
    }

    /** Every row of a CSV file with the cells of timing columns emptied. */
    private static List<List<String>> withoutTiming(Path csv) throws IOException {
        List<List<String>> rows = rows(csv, Integer.MAX_VALUE);
        if (rows.isEmpty()) {
            return rows;
        }
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int i = 0; i < Math.min(header.size(), row.size()); i++) {
                if (RunFiles.TIMING_COLUMNS.contains(header.get(i))) {
                    row.set(i, "");
                }
            }
        }
        return rows;
    }

    private static List<List<String>> rows(Path csv, int limit) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv); CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : parser) {
                if (rows.size() == limit) {
                    break;
                }
                rows.add(new ArrayList<>(record.toList()));
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            rows.add(List.of("unreadable: " + e.getMessage()));
        }
        return rows;
    }

    /** "dqn-sweep 1.2, DL4J 1.0.0-M2.1, Java 17.0.12 on CPU (4 cores), OpenBLAS kernel Haswell, Linux amd64". */
    public static String madeWith(RunSummary summary) {
        if (summary == null) {
            return "unknown";
        }
        RunSummary.Versions v = summary.versions();
        String versions = v == null ? "unknown versions" : "dqn-sweep " + v.dqnSweep() + ", DL4J " + v.dl4j()
                + ", Java " + v.java();
        Machine m = summary.machine();
        String machine = m == null ? "an unrecorded machine" : m.cpu() + " (" + m.cores() + (m.cores() == 1 ? " core" : " cores") + "), OpenBLAS kernel "
                + m.blasKernel() + ", " + m.os();
        return versions + " on " + machine;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
