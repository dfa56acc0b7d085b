package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import dqnsweep.io.AtomicFiles;
import dqnsweep.jvm.CorePinning;
import dqnsweep.jvm.TunedJvm;
import dqnsweep.run.ConfigHash;
import dqnsweep.run.ReferenceFolders;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunOutputs;
import dqnsweep.run.RunSummary;
import dqnsweep.run.TrainingProgress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the runs in worker JVMs, one per pool thread, each taking run after run. DL4J's native
 * code crashed once (SIGSEGV in a broadcast op) with two runs training on two threads of one JVM,
 * taking the whole sweep down; with a process per worker such a crash costs one run, which is
 * retried once in a fresh worker, and the others go on. Keeping the workers alive saves the
 * ~2 s start-up of a DL4J JVM per run. Configurations go to a worker on its standard input,
 * progress and completion come back on its output.
 */
public final class ProcessLauncher implements RunLauncher, AutoCloseable {

    private static final int ATTEMPTS = 2;

    private final Path root;
    private final CorePinning pinning;
    private final AtomicInteger slots = new AtomicInteger();
    /** Per pool thread: its slot, kept when its worker is replaced, so a new worker gets the same core. */
    private final ThreadLocal<Integer> slot = ThreadLocal.withInitial(slots::getAndIncrement);
    private final ThreadLocal<Worker> workers = new ThreadLocal<>();
    private final List<Worker> started = new ArrayList<>();

    /**
     * {@code root}: the sweep's results folder (the workers' standard error and crash reports go to
     * its {@code .workers}, their references to its {@code references}); {@code pinning}:
     * the core each pool thread's worker runs on, if any.
     */
    ProcessLauncher(Path root, CorePinning pinning) {
        this.root = root;
        this.pinning = pinning;
    }

    @Override
    public RunOutcome launch(RunPlan plan, Path folder, TrainingProgress progress) {
        String reason = "not started";
        boolean killed = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Worker worker = worker();
                Optional<Boolean> finished = worker.run(plan, folder, ReferenceFolders.forSweep(root), progress);
                RunSummary summary = RunExecutor.readSummary(folder);
                boolean ours = summary != null && ConfigHash.of(plan.config()).equals(summary.configHash());
                if (finished.isPresent() && ours) {
                    return summary.complete() ? new RunOutcome.Completed(plan, summary, false)
                            : new RunOutcome.Failed(plan, summary.error());
                }
                OptionalInt signal = finished.isPresent() ? OptionalInt.empty() : worker.stopSignal();
                killed = signal.isPresent();
                reason = finished.isPresent() ? "the run ended without writing run.json"
                        + worker.failure.map(cause -> " (" + cause + ")").orElse("")
                        : killed ? "its worker process was killed by signal " + signal.getAsInt()
                                + " (the sweep's processes were stopped, not the run: a resume redoes it)"
                        : "the worker process died (see " + root.resolve(".workers") + ")";
                discardWorker();
            } catch (IOException e) {
                reason = "cannot run a worker process: " + e.getMessage();
                discardWorker();
            }
        }
        if (!killed) {
            recordFailure(folder, reason);
        }
        return new RunOutcome.Failed(plan, reason);
    }

    /** Ends the workers: they finish when their input closes. */
    @Override
    public void close() {
        synchronized (started) {
            started.forEach(Worker::stop);
            started.clear();
        }
    }

    private Worker worker() throws IOException {
        Worker worker = workers.get();
        if (worker == null || !worker.process.isAlive()) {
            // Through the gate: no worker starts once a stopping sweep has killed the others.
            worker = StopGate.pass(() -> new Worker(root.resolve(".workers"), pinning.commandPrefix(slot.get())));
            workers.set(worker);
            synchronized (started) {
                started.add(worker);
            }
        }
        return worker;
    }

    private void discardWorker() {
        Worker worker = workers.get();
        if (worker != null) {
            worker.process.destroyForcibly();
            workers.remove();
        }
    }

    private static void recordFailure(Path folder, String reason) {
        try {
            StopGate.pass(() -> {
                AtomicFiles.writeString(new RunOutputs(AtomicFiles.requireWritableFolder(folder)).error(),
                        reason + "\n");
                return null;
            });
        } catch (IOException | RuntimeException ignored) {
            // The failure is reported in summary.csv and on the console all the same.
        }
    }

    /** One worker JVM and its pipes. */
    private static final class Worker {
        private final Process process;
        private final Writer input;
        private final BufferedReader output;
        /** Why the last run failed, as the worker said. */
        private Optional<String> failure = Optional.empty();

        Worker(Path logs, List<String> commandPrefix) throws IOException {
            AtomicFiles.requireWritableFolder(logs);
            String name = Thread.currentThread().getName();
            List<String> flags = new ArrayList<>();
            flags.add("-XX:ErrorFile=" + logs.toAbsolutePath().resolve("hs_err_" + name + "_%p.log"));
            process = TunedJvm.process(commandPrefix, flags, WorkerProtocol.MAIN_CLASS, WorkerProtocol.args())
                    .redirectError(Redirect.appendTo(logs.resolve(name + ".log").toFile()))
                    .start();
            input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Whether the run ended normally (true) or failed (false); empty when the worker died. */
        Optional<Boolean> run(RunPlan plan, Path folder, Path references, TrainingProgress progress)
                throws IOException {
            try {
                input.write(WorkerProtocol.request(plan.config(), folder, references));
                input.flush();
            } catch (IOException e) {
                return Optional.empty();
            }
            String line;
            while ((line = output.readLine()) != null) {
                Optional<Long> steps = WorkerProtocol.progress(line);
                if (steps.isPresent()) {
                    progress.advanced(steps.get());
                }
                Optional<Boolean> done = WorkerProtocol.done(line);
                if (done.isPresent()) {
                    failure = WorkerProtocol.failure(line);
                    return done;
                }
            }
            return Optional.empty();
        }

        /**
         * The signal that ended this worker, if one did: SIGINT, SIGKILL or SIGTERM (exit status
         * 128 + its number) say someone stopped the process; a crash of DL4J's native code ends it
         * with SIGABRT (134), a failure of the run.
         */
        OptionalInt stopSignal() {
            try {
                if (!process.waitFor(1, TimeUnit.SECONDS)) {
                    return OptionalInt.empty();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return OptionalInt.empty();
            }
            int signal = process.exitValue() - 128;
            return signal == 2 || signal == 9 || signal == 15 ? OptionalInt.of(signal) : OptionalInt.empty();
        }

        void stop() {
            try {
                input.close();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
