package dqnsweep.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dqnsweep.BadInputException;
import dqnsweep.analysis.Aggregates;
import dqnsweep.grid.Cell;
import dqnsweep.grid.RunPlan;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Json;
import dqnsweep.io.SweepLock;
import dqnsweep.jvm.Machine;
import dqnsweep.run.ConfigHash;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunIntegrity;
import dqnsweep.run.RunOutputs;
import dqnsweep.run.RunSummary;
import dqnsweep.spec.ExperimentSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * One sweep into one results folder: writes the spec copy and {@code sweep.json}, runs what is
 * not complete, then writes {@code summary.csv}. Every file is atomic and derived from the runs
 * on disk, so Ctrl-C, a crash or {@code kill -9} lose at most the runs in progress.
 */
public final class Sweep {

    public static final String SPEC_COPY = "spec.yaml";

    private final ExperimentSpec spec;
    private final List<RunPlan> plans;
    private final List<RunPlan> selected;
    private final String shard;
    private final Path root;
    private final int workers;
    private final RunBackend backend;
    private final String command;
    private final Clock clock = Clock.systemUTC();

    /** The whole grid on this machine's worker pool. */
    public Sweep(ExperimentSpec spec, List<RunPlan> plans, Path root, int workers, String command) {
        this(spec, plans, plans, null, root, workers, new PoolBackend(workers), command);
    }

    /**
     * Runs {@code selected} (a shard of {@code plans}, or all of them) on {@code backend}; the
     * summary, aggregates and sweep.json always cover every plan, read from the folder, so shards
     * sharing a folder each leave complete files and the last one to finish leaves the full picture.
     *
     * @param shard {@code I/N} for sweep.json, or null for the whole grid
     */
    public Sweep(ExperimentSpec spec, List<RunPlan> plans, List<RunPlan> selected, String shard, Path root,
            int workers, RunBackend backend, String command) {
        this.spec = spec;
        this.plans = plans;
        this.selected = selected;
        this.shard = shard;
        this.root = root;
        this.workers = workers;
        this.backend = backend;
        this.command = command;
    }

    /** Runs the selected plans that are not complete; returns their outcomes in plan order. */
    public List<RunOutcome> run(boolean fresh, boolean failFast, PrintWriter log) throws IOException,
            InterruptedException {
        return run(fresh, failFast, false, log, SweepListener.NONE);
    }

    /**
     * Runs the selected plans that are not complete, holding the folder's (or shard's) lock and
     * telling {@code listener} as runs end; {@code force} takes over a lock file another host left.
     * Returns the outcomes in plan order.
     */
    public List<RunOutcome> run(boolean fresh, boolean failFast, boolean force, PrintWriter log,
            SweepListener listener) throws IOException, InterruptedException {
        AtomicFiles.requireWritableFolder(root);
        try (SweepLock lock = SweepLock.acquire(root, SweepLock.fileName(shard), force)) {
            // checked while holding the lock, so of a whole sweep and a shard that start at the
            // same moment at least one sees the other (both may refuse; never do both run)
            refuseIfOverlapping();
            return runLocked(fresh, failFast, lock, log, listener);
        }
    }

    private List<RunOutcome> runLocked(boolean fresh, boolean failFast, SweepLock lock, PrintWriter log,
            SweepListener listener) throws IOException, InterruptedException {
        try (StopSignals signals = StopSignals.install(() -> interrupted(log))) {
            lock.takenOver().ifPresent(previous -> log.println("sweep: took over the lock of a sweep that "
                    + "ended without releasing it (" + previous + ")"));
            return runSelected(fresh, failFast, log, listener);
        }
    }

    /**
     * A whole-grid sweep and any shard on one folder would run the same runs; shards of one grid
     * may share it (each holds its own lock, checked when it is taken).
     */
    private void refuseIfOverlapping() {
        Optional<String> other = shard == null ? SweepLock.running(root, name -> !name.equals(SweepLock.WHOLE))
                : SweepLock.running(root, SweepLock.WHOLE::equals);
        if (other.isPresent()) {
            throw new BadInputException(root + " is in use by another sweep (" + other.get()
                    + "); wait for it to end or stop it");
        }
    }

    private List<RunOutcome> runSelected(boolean fresh, boolean failFast, PrintWriter log, SweepListener listener)
            throws IOException, InterruptedException {
        if (fresh) {
            deleteResults();
        }
        AtomicFiles.deleteLeftovers(root);
        long start = clock.millis();
        SweepManifest manifest = manifest(clock.instant().toString());
        StopGate.pass(() -> {
            AtomicFiles.writeString(root.resolve(SPEC_COPY), Files.readString(spec.file()));
            writeManifest(manifest);
            return null;
        });
        reportRedone(log);
        List<RunOutcome> outcomes;
        try (SweepProgress progress = new ListeningProgress(System.console() != null ? new TerminalProgress()
                : new LogProgress(log, clock), listener)) {
            outcomes = new SweepRunner(root, backend, failFast, progress).run(selected);
            StopGate.pass(() -> {
                writeSummaries();
                writeManifest(manifest.finished(clock.instant().toString(), (clock.millis() - start) / 1e3));
                return null;
            });
        }
        return outcomes;
    }

    /**
     * summary.csv and the aggregates over every plan, from disk. Shards sharing the folder may
     * finish at once: each writes, then checks that no run landed meanwhile, so whichever writes
     * last has seen every run.
     */
    private void writeSummaries() throws IOException {
        String written;
        do {
            written = SummaryCsv.render(root, axes(), plans);
            AtomicFiles.writeString(root.resolve(SummaryCsv.FILE), written);
            Aggregates.write(root);
        } while (!written.equals(SummaryCsv.render(root, axes(), plans)));
    }

    /**
     * Says, in one line each, how many finished runs are redone because they were made under
     * another configuration, and how many because their files no longer match their run.json.
     */
    private void reportRedone(PrintWriter log) {
        long redone = selected.stream().filter(this::finishedUnderAnotherConfiguration).count();
        if (redone > 0) {
            log.printf("sweep: %d finished run%s here %s made with other settings or by an earlier dqn-sweep "
                    + "(another configuration hash): done again%n", redone, redone == 1 ? "" : "s",
                    redone == 1 ? "was" : "were");
        }
        List<String> corrupt = new ArrayList<>();
        for (RunPlan plan : selected) {
            Path folder = root.resolve(plan.relativeFolder());
            RunSummary summary = RunExecutor.readSummary(folder);
            if (summary != null && summary.complete() && ConfigHash.of(plan.config()).equals(summary.configHash())) {
                RunIntegrity.problem(folder, summary).ifPresent(problem -> corrupt.add(plan.relativeFolder() + ": "
                        + problem));
            }
        }
        if (!corrupt.isEmpty()) {
            log.printf("sweep: %d finished run%s here %s corrupt (%s%s): done again%n", corrupt.size(),
                    corrupt.size() == 1 ? "" : "s", corrupt.size() == 1 ? "is" : "are", corrupt.get(0),
                    corrupt.size() == 1 ? "" : "; and " + (corrupt.size() - 1) + " more");
        }
        log.flush();
    }

    private boolean finishedUnderAnotherConfiguration(RunPlan plan) {
        Path file = new RunOutputs(root.resolve(plan.relativeFolder())).summary();
        try {
            JsonNode run = Json.MAPPER.readTree(file.toFile());
            return RunSummary.COMPLETE.equals(run.path("status").asText())
                    && !ConfigHash.of(plan.config()).equals(run.path("config_hash").asText());
        } catch (IOException e) {
            return false;
        }
    }

    /** After SIGINT or SIGTERM, with the workers gone and the {@link StopGate} closed: the last words. */
    private void interrupted(PrintWriter log) {
        try {
            SummaryCsv.write(root, axes(), plans);
        } catch (IOException | RuntimeException ignored) {
            // Nothing more can be done while the JVM stops; the runs themselves are safe on disk.
        }
        log.println();
        log.println("dqn-sweep: interrupted. Finished runs are kept; run the same command again to resume.");
        log.flush();
    }

    private List<String> axes() {
        return new ArrayList<>(spec.grid().keySet());
    }

    private SweepManifest manifest(String startedAt) {
        List<SweepManifest.CellEntry> cells = new ArrayList<>();
        List<Cell> seen = new ArrayList<>();
        List<SweepManifest.RunEntry> runs = new ArrayList<>();
        for (RunPlan plan : plans) {
            if (!seen.contains(plan.cell())) {
                seen.add(plan.cell());
                cells.add(new SweepManifest.CellEntry(plan.cell().id(), plan.cell().values()));
            }
            runs.add(new SweepManifest.RunEntry(plan.cell().id(), plan.seed(), plan.relativeFolder().toString(),
                    plan.config(), ConfigHash.of(plan.config())));
        }
        return new SweepManifest(spec.name(), spec.description(), spec.file().toString(), command,
                new LinkedHashMap<>(spec.grid()), spec.seeds(), cells, runs, workers, backend.describe(), shard,
                startedAt, null, null, Machine.current());
    }

    private void writeManifest(SweepManifest manifest) throws IOException {
        AtomicFiles.writeString(root.resolve(SweepManifest.FILE), Json.MAPPER.writeValueAsString(manifest));
    }

    /** --fresh: removes this sweep's outputs, and only them, so a mistyped --out cannot wipe other files. */
    private void deleteResults() throws IOException {
        List<Path> contents;
        try (var files = Files.list(root)) {
            // The lock files stay: this sweep holds one, and another sweep could lock a new one.
            contents = files.filter(file -> !SweepLock.isLockFile(file)).toList();
        }
        if (!contents.isEmpty() && !Files.exists(root.resolve(SweepManifest.FILE))) {
            throw new BadInputException("--fresh: " + root + " exists but is not a dqn-sweep results folder "
                    + "(no " + SweepManifest.FILE + "); not deleting it");
        }
        for (Path file : contents) {
            if (Files.isDirectory(file)) {
                AtomicFiles.deleteTree(file);
            } else {
                Files.delete(file);
            }
        }
    }
}
