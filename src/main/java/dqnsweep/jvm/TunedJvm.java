package dqnsweep.jvm;

import dqnsweep.nd4j.SharedShapeInfoProvider;
import dqnsweep.nd4j.SharedTadExecutioner;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of a JVM with the flags measured to make DL4J fast and bounded: a bounded heap
 * (the default heap let resident memory reach 3.7 GB; a run needs little heap, its networks live
 * off-heap and its replay buffer takes a few MB), JavaCPP's physical-memory check off (it
 * costs ~30% of every small network call) and ND4J single-threaded, since parallelism comes from
 * the worker pool (OpenMP threads would oversubscribe the cores). Extra options for every such
 * JVM can be given in {@code DQNSWEEP_JAVA_OPTS}.
 */
public final class TunedJvm {

    public static final List<String> FLAGS = List.of(
            // 640 MB rather than 512: the young generation below is fixed at 200 MB, and Spark's
            // embedded driver (--executor spark with local[N]) refuses to start under 450 MB usable.
            "-Xmx640m",
            // ND4J keeps ~10 small Java objects per native buffer (weak/phantom references, ids,
            // map entries) until a collection finds the buffer dead: hundreds per fit, each
            // surviving exactly one collection. G1's default sizing let them overflow into the old
            // generation, and its parallel and concurrent GC threads took the other worker's core.
            // The serial collector keeps GC on the worker's own core, and survivor spaces as large
            // as eden keep the bookkeeping young. Measured on the fit loop: 2.1 -> 1.75 ms per fit
            // alone, 3.4 -> 2.3 ms with two workers side by side.
            "-XX:+UseSerialGC",
            "-Xmn200m",
            "-XX:SurvivorRatio=1",
            "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
            "-Dorg.bytedeco.javacpp.maxbytes=1g",
            // Share ND4J's shape descriptions instead of wrapping each in new tracked buffers:
            // less of the bookkeeping above (see the two classes).
            "-Dshapeinfoprovider=" + SharedShapeInfoProvider.class.getName(),
            "-Dopexec=" + SharedTadExecutioner.class.getName(),
            // Charts are drawn off-screen: without a display AWT must not look for one.
            "-Djava.awt.headless=true");

    /** The ND4J and JavaCPP settings of {@link #FLAGS}, for JVMs whose heap and collector others choose. */
    public static final List<String> ND4J_PROPERTIES = FLAGS.stream()
            .filter(flag -> flag.startsWith("-D") && !flag.startsWith("-Djava.")).toList();

    /** Set in every tuned JVM, so it does not restart itself again. */
    public static final String MARKER = "dqnsweep.launched";

    private static final String EXTRA_OPTS = "DQNSWEEP_JAVA_OPTS";

    private TunedJvm() {
    }

    /** Whether this JVM already runs with the tuned flags. */
    public static boolean isTuned() {
        return System.getProperty(MARKER) != null;
    }

    /**
     * A process running {@code mainClass} with this JVM's class path, the tuned flags, then
     * {@code flags}; started through {@code launchPrefix} (such as {@code taskset -c 1}) when not empty.
     */
    public static ProcessBuilder process(List<String> launchPrefix, List<String> flags, String mainClass,
            List<String> args) {
        List<String> command = new ArrayList<>(launchPrefix);
        command.add(javaExecutable());
        command.addAll(FLAGS);
        command.addAll(flags);
        String extra = System.getenv(EXTRA_OPTS);
        if (extra != null && !extra.isBlank()) {
            command.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        command.add("-D" + MARKER + "=true");
        // The child halts when this process dies, however it dies (kill -9 included).
        command.add(ParentWatch.flagForChild());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OMP_NUM_THREADS", "1");
        BlasKernel.pin(builder.environment());
        return builder;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }
}
