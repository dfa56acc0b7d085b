package dqnsweep.sweep;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dqnsweep.BadInputException;
import dqnsweep.analysis.Aggregates;
import dqnsweep.grid.Cell;
import dqnsweep.grid.RunPlan;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.SweepLock;
import dqnsweep.io.Json;
import dqnsweep.jvm.Machine;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunIntegrity;
import dqnsweep.run.RunOutputs;
import dqnsweep.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code dqn-sweep merge OUT DIR...}: joins the results folders of one sweep's shards into one
 * folder, as if one machine had run it. Every folder must come from the same spec with the same
 * runs and configuration hashes; a run found complete in two folders must have the same results.
 * A complete run whose files do not match its run.json (corrupt) is taken only when no folder
 * has it intact.
 * Then spec.yaml, sweep.json, summary.csv and aggregate.csv are written over the union.
 */
public final class Merge {

    private static final ObjectReader MANIFEST = Json.MAPPER.readerFor(SweepManifest.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Compared when a run is complete in two folders: deterministic for a configuration. */
    private static final List<String> DETERMINISTIC = List.of(RunOutputs.EVAL, RunOutputs.EVAL_CURVE,
            RunOutputs.POLICY, RunOutputs.TRAJECTORY, RunOutputs.WORST_EPISODES);

    /** What the merged folder holds; corrupt runs are complete but their files do not match their run.json. */
    public record Result(int runs, int complete, int failed, int corrupt, int missing, int copied) {
    }

    /** A results folder as merge and verify read it. */
    record Source(Path dir, SweepManifest manifest, String spec) {
    }

    private Merge() {
    }

    public static Result merge(Path out, List<Path> dirs, String command) throws IOException {
        List<Source> sources = sources(out, dirs);
        Source reference = sources.get(0);
        for (Source other : sources.subList(1, sources.size())) {
            requireSameSweep(reference, other);
        }
        List<RunPlan> plans = plans(reference);
        AtomicFiles.requireWritableFolder(out);
        int complete = 0;
        int failed = 0;
        int corrupt = 0;
        int copied = 0;
        for (int i = 0; i < plans.size(); i++) {
            RunPlan plan = plans.get(i);
            String hash = reference.manifest().runs().get(i).configHash();
            Path chosen = choose(plan, hash, sources);
            if (chosen == null) {
                continue;
            }
            Path target = out.resolve(plan.relativeFolder());
            if (!sameFile(chosen, target)) {
                copyRun(chosen, target);
                copied++;
            }
            RunSummary summary = RunExecutor.readSummary(target);
            if (!summary.complete()) {
                failed++;
            } else if (RunIntegrity.problem(target, summary).isPresent()) {
                corrupt++;
            } else {
                complete++;
            }
        }
        AtomicFiles.writeString(out.resolve(Sweep.SPEC_COPY), reference.spec());
        AtomicFiles.writeString(out.resolve(SweepManifest.FILE), Json.MAPPER.writeValueAsString(merged(sources,
                command)));
        SummaryCsv.write(out, new ArrayList<>(reference.manifest().axes().keySet()), plans);
        Aggregates.write(out);
        return new Result(plans.size(), complete, failed, corrupt, plans.size() - complete - failed - corrupt, copied);
    }

    private static List<Source> sources(Path out, List<Path> dirs) throws IOException {
        if (dirs.isEmpty()) {
            throw new BadInputException("merge needs at least one results folder to merge into " + out);
        }
        List<Path> all = new ArrayList<>(dirs);
        if (Files.isDirectory(out) && Files.exists(out.resolve(SweepManifest.FILE))) {
            all.add(0, out);
        } else if (Files.isDirectory(out) && !onlyHolds(out, dirs)) {
            throw new BadInputException(out + " exists and is not a dqn-sweep results folder (no "
                    + SweepManifest.FILE + "); give a new or empty folder to merge into");
        }
        List<Source> sources = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (Path dir : all) {
            Path real = Files.isDirectory(dir) ? dir.toRealPath() : dir;
            if (seen.contains(real)) {
                continue;
            }
            seen.add(real);
            sources.add(read(dir));
        }
        return sources;
    }

    static Source read(Path dir) {
        Path manifest = dir.resolve(SweepManifest.FILE);
        Path spec = dir.resolve(Sweep.SPEC_COPY);
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(spec)) {
            throw new BadInputException(dir + " is not a dqn-sweep results folder (it needs " + SweepManifest.FILE
                    + " and " + Sweep.SPEC_COPY + ")");
        }
        try {
            return new Source(dir, MANIFEST.readValue(manifest.toFile()), Files.readString(spec));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(manifest + " is not a readable sweep description: " + e.getMessage());
        }
    }

    private static void requireSameSweep(Source a, Source b) {
        if (!a.spec().equals(b.spec())) {
            throw new BadInputException("cannot merge: " + b.dir() + " comes from a different spec than " + a.dir()
                    + " (their " + Sweep.SPEC_COPY + " differ: '" + a.manifest().name() + "' vs '"
                    + b.manifest().name() + "')");
        }
        Map<String, String> hashesA = hashes(a);
        Map<String, String> hashesB = hashes(b);
        for (Map.Entry<String, String> run : hashesA.entrySet()) {
            String other = hashesB.get(run.getKey());
            if (other == null) {
                throw new BadInputException("cannot merge: run " + run.getKey() + " is planned in " + a.dir()
                        + " but not in " + b.dir() + " (were the shards started with different --only?)");
            }
            if (!other.equals(run.getValue())) {
                throw new BadInputException("cannot merge: run " + run.getKey() + " has configuration hash "
                        + run.getValue() + " in " + a.dir() + " but " + other + " in " + b.dir()
                        + " (were the shards started with different --set?)");
            }
        }
        if (hashesB.size() != hashesA.size()) {
            String extra = hashesB.keySet().stream().filter(k -> !hashesA.containsKey(k)).findFirst().orElse("?");
            throw new BadInputException("cannot merge: run " + extra + " is planned in " + b.dir() + " but not in "
                    + a.dir() + " (were the shards started with different --only?)");
        }
    }

    private static Map<String, String> hashes(Source source) {
        Map<String, String> hashes = new LinkedHashMap<>();
        source.manifest().runs().forEach(run -> hashes.put(run.folder(), run.configHash()));
        return hashes;
    }

    /** The plans as sweep.json lists them, in order. */
    static List<RunPlan> plans(Source source) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<SweepManifest.CellEntry> entries = source.manifest().cells();
        for (int i = 0; i < entries.size(); i++) {
            cells.put(entries.get(i).id(), new Cell(i, entries.get(i).id(), entries.get(i).values()));
        }
        List<RunPlan> plans = new ArrayList<>();
        for (SweepManifest.RunEntry run : source.manifest().runs()) {
            Cell cell = cells.get(run.cell());
            if (cell == null || run.config() == null || !RunPlan.folderOf(cell, run.seed()).toString()
                    .equals(Path.of(run.folder()).toString())) {
                throw new BadInputException(source.dir().resolve(SweepManifest.FILE) + ": run " + run.folder()
                        + " does not match its cell and seed");
            }
            plans.add(RunPlan.of(cell, run.config()));
        }
        return plans;
    }

    /**
     * The folder holding the run under {@code hash}: complete with the files its run.json recorded
     * if any is, else complete but corrupt, else failed; null when none has it.
     */
    private static Path choose(RunPlan plan, String hash, List<Source> sources) throws IOException {
        Path complete = null;
        Path corrupt = null;
        Path failed = null;
        for (Source source : sources) {
            Path folder = source.dir().resolve(plan.relativeFolder());
            RunSummary summary = RunExecutor.readSummary(folder);
            if (summary == null) {
                continue;
            }
            if (!hash.equals(summary.configHash())) {
                throw new BadInputException("cannot merge: " + folder.resolve(RunOutputs.SUMMARY)
                        + " has configuration hash " + summary.configHash() + " but the sweep plans " + hash);
            }
            boolean intact = summary.complete() && RunIntegrity.problem(folder, summary).isEmpty();
            if (intact && complete == null) {
                complete = folder;
            } else if (intact) {
                requireSameResults(complete, folder);
            } else if (summary.complete() && corrupt == null) {
                corrupt = folder;
            } else if (!summary.complete() && failed == null) {
                failed = folder;
            }
        }
        return complete != null ? complete : corrupt != null ? corrupt : failed;
    }

    private static void requireSameResults(Path a, Path b) throws IOException {
        for (String name : DETERMINISTIC) {
            Path fileA = a.resolve(name);
            Path fileB = b.resolve(name);
            boolean same = Files.exists(fileA) == Files.exists(fileB)
                    && (!Files.exists(fileA) || Arrays.equals(Files.readAllBytes(fileA), Files.readAllBytes(fileB)));
            if (!same) {
                throw new BadInputException("cannot merge: the run is complete in both " + a + " and " + b
                        + " but their " + name + " differ (same configuration, different results: different "
                        + "software versions?); delete one of them and merge again");
            }
        }
    }

    /** Copies a run's files, run.json last, so the target never looks complete before it is. */
    private static void copyRun(Path from, Path to) throws IOException {
        AtomicFiles.requireWritableFolder(to);
        Files.deleteIfExists(to.resolve(RunOutputs.SUMMARY));
        for (String name : RunOutputs.FILES) {
            Path source = from.resolve(name);
            Path target = to.resolve(name);
            if (Files.isRegularFile(source)) {
                AtomicFiles.write(target, temporary -> Files.copy(source, temporary,
                        StandardCopyOption.REPLACE_EXISTING));
            } else {
                Files.deleteIfExists(target);
            }
        }
    }

    private static SweepManifest merged(List<Source> sources, String command) {
        SweepManifest first = sources.get(0).manifest();
        String started = sources.stream().map(s -> s.manifest().startedAt()).filter(Objects::nonNull).sorted()
                .findFirst().orElse(null);
        String finished = sources.stream().map(s -> s.manifest().finishedAt()).filter(Objects::nonNull)
                .sorted().reduce((x, y) -> y).orElse(null);
        return new SweepManifest(first.name(), first.description(), first.specFile(), command, first.axes(),
                first.seeds(), first.cells(), first.runs(), first.workers(), "merge of " + sources.size() + " folders",
                null, started, finished, null, Machine.current());
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        return Files.exists(b) && Files.isSameFile(a, b);
    }

    /** Whether {@code dir} holds nothing but some of {@code dirs} (shard folders kept inside OUT). */
    private static boolean onlyHolds(Path dir, List<Path> dirs) throws IOException {
        List<Path> allowed = new ArrayList<>();
        for (Path source : dirs) {
            if (Files.isDirectory(source)) {
                allowed.add(source.toRealPath());
            }
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                if (!SweepLock.isLockFile(entry) && !allowed.contains(entry.toRealPath())) {
                    return false;
                }
            }
        }
        return true;
    }
}
