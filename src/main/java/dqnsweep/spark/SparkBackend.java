package dqnsweep.spark;

import dqnsweep.BadInputException;
import dqnsweep.config.RunConfig;
import dqnsweep.grid.RunPlan;
import dqnsweep.io.Json;
import dqnsweep.jvm.BlasKernel;
import dqnsweep.jvm.TunedJvm;
import dqnsweep.run.ConfigHash;
import dqnsweep.run.RunBundle;
import dqnsweep.run.RunSummary;
import dqnsweep.sweep.RunBackend;
import dqnsweep.sweep.RunOutcome;
import dqnsweep.sweep.SweepProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

/**
 * Runs each run as one Spark task (one single-task job per run, submitted all at once, so the
 * scheduler keeps every executor slot busy and results come back one by one). A task trains in a
 * temporary folder on its executor and returns the folder's files as a {@link RunBundle}; the
 * driver alone writes them into the results folder, once per run, so a retried task can neither
 * duplicate nor tear a run. A run that fails comes back as a failed bundle, not a failed task.
 *
 * <p>The only class that touches Spark; {@code RunBackends} loads it by name.
 */
public final class SparkBackend implements RunBackend {

    /** ND4J is single-threaded per task: parallelism comes from the task slots. */
    static final String EXECUTOR_THREADS = "spark.executorEnv.OMP_NUM_THREADS";
    static final String EXECUTOR_JAVA_OPTIONS = "spark.executor.extraJavaOptions";
    /** Executors compute with the kernel every JVM of dqn-sweep pins, whatever their processors. */
    static final String EXECUTOR_BLAS_KERNEL = "spark.executorEnv." + BlasKernel.VARIABLE;
    static final String ND4J_FLAGS = String.join(" ", TunedJvm.ND4J_PROPERTIES);
    private static final long POLL_MILLIS = 20;

    private final JavaSparkContext context;
    private final Clock clock = Clock.systemUTC();

    private SparkBackend(JavaSparkContext context) {
        this.context = context;
    }

    /** Starts a Spark context on {@code master}, or on Spark's configured master (spark-submit --master) when null. */
    public static SparkBackend start(String master) {
        SparkConf conf = new SparkConf().setAppName("dqn-sweep");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            throw new BadInputException("--executor spark: no Spark master configured; run under spark-submit "
                    + "--master URL, or give --spark-master (e.g. local[2])");
        }
        conf.setIfMissing(EXECUTOR_THREADS, "1");
        conf.set(EXECUTOR_BLAS_KERNEL, BlasKernel.chosen());
        conf.setIfMissing(EXECUTOR_JAVA_OPTIONS, ND4J_FLAGS);
        String actual = conf.get("spark.master");
        if (actual.startsWith("local") && !"1".equals(System.getenv("OMP_NUM_THREADS"))) {
            System.err.println("dqn-sweep: warning: Spark local mode runs tasks in this JVM, whose OMP_NUM_THREADS is "
                    + System.getenv("OMP_NUM_THREADS") + ", not 1: tasks will compete for cores. "
                    + "Set OMP_NUM_THREADS=1 before starting.");
        }
        return new SparkBackend(new JavaSparkContext(conf));
    }

    @Override
    public void run(List<RunPlan> plans, Path root, SweepProgress progress, Predicate<RunOutcome> ended)
            throws InterruptedException {
        List<Pending> pending = new ArrayList<>();
        try {
            for (RunPlan plan : plans) {
                context.setJobDescription("dqn-sweep " + plan.relativeFolder());
                JavaFutureAction<List<RunBundle>> future = context
                        .parallelize(List.of(ConfigHash.json(plan.config())), 1)
                        .map(new ComputeRun())
                        .collectAsync();
                pending.add(new Pending(plan, future));
            }
            while (!pending.isEmpty()) {
                boolean any = false;
                for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                    Pending next = it.next();
                    if (next.future().isDone()) {
                        it.remove();
                        any = true;
                        RunOutcome outcome = install(next, root);
                        progress.stepped(next.plan(), next.plan().config().trainingSteps());
                        if (!ended.test(outcome)) {
                            return;
                        }
                    }
                }
                if (!any) {
                    Thread.sleep(POLL_MILLIS);
                }
            }
        } finally {
            pending.forEach(p -> p.future().cancel(true));
        }
    }

    /** Writes the run's files (or its failure) into its folder; the one place results are written. */
    private RunOutcome install(Pending pending, Path root) {
        RunPlan plan = pending.plan();
        Path folder = root.resolve(plan.relativeFolder());
        try {
            RunBundle bundle = result(pending);
            if (!ConfigHash.of(plan.config()).equals(bundle.configHash())) {
                throw new IllegalStateException("the task returned a run of configuration " + bundle.configHash());
            }
            RunSummary summary = bundle.install(folder);
            return summary.complete() ? new RunOutcome.Completed(plan, summary, false)
                    : new RunOutcome.Failed(plan, summary.error());
        } catch (IOException | RuntimeException e) {
            return new RunOutcome.Failed(plan, "could not write the run's files: " + e);
        }
    }

    private RunBundle result(Pending pending) throws IOException {
        try {
            return pending.future().get(0, TimeUnit.MILLISECONDS).get(0);
        } catch (ExecutionException | RuntimeException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            return RunBundle.failed(pending.plan().config(), "Spark task failed: " + firstLine(cause), trace.toString(),
                    clock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunBundle.failed(pending.plan().config(), "interrupted", "", clock);
        }
    }

    private static String firstLine(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    @Override
    public String describe() {
        return "spark(" + context.master() + ")";
    }

    @Override
    public void close() {
        context.stop();
    }

    private record Pending(RunPlan plan, JavaFutureAction<List<RunBundle>> future) {
    }

    /** The task: configuration JSON in, the run's files out. Runs on an executor. */
    static final class ComputeRun implements Function<String, RunBundle> {

        private static final long serialVersionUID = 1L;

        @Override
        public RunBundle call(String configJson) throws IOException {
            RunConfig config = Json.MAPPER.readValue(configJson, RunConfig.class);
            return RunBundle.compute(config, Clock.systemUTC());
        }
    }
}
