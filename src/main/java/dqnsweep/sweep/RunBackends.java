package dqnsweep.sweep;

import dqnsweep.BadInputException;
import java.lang.reflect.InvocationTargetException;

/**
 * Chooses the {@link RunBackend} for {@code --executor}. The Spark backend is loaded by name, so
 * the jar starts and the pool works without any Spark class on the classpath.
 */
public final class RunBackends {

    public static final String POOL = "pool";
    public static final String SPARK = "spark";
    static final String SPARK_BACKEND = "dqnsweep.spark.SparkBackend";
    private static final String SPARK_CONTEXT = "org.apache.spark.SparkContext";

    private RunBackends() {
    }

    /**
     * The backend named {@code executor}.
     *
     * @param sparkMaster Spark master URL, or null for Spark's own configuration (spark-submit's --master)
     */
    public static RunBackend open(String executor, int workers, String sparkMaster) {
        return switch (executor) {
            case POOL -> new PoolBackend(workers);
            case SPARK -> spark(sparkMaster);
            default -> throw new BadInputException("--executor must be pool or spark, got '" + executor + "'");
        };
    }

    /** Whether Spark's classes can be loaded here. */
    public static boolean sparkAvailable() {
        try {
            Class.forName(SPARK_CONTEXT, false, RunBackends.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static RunBackend spark(String master) {
        if (!sparkAvailable()) {
            throw new BadInputException("--executor spark needs Apache Spark 4.0 (Scala 2.13) on the classpath, and "
                    + "this JVM has none. Run the sweep under spark-submit, e.g. spark-submit --class dqnsweep.cli.Main "
                    + "--master local[2] target/dqn-sweep.jar sweep SPEC --executor spark; or use --executor pool");
        }
        try {
            Class<?> backend = Class.forName(SPARK_BACKEND);
            return (RunBackend) backend.getMethod("start", String.class).invoke(null, master);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("could not start Spark: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("could not load the Spark backend " + SPARK_BACKEND + ": " + e, e);
        }
    }
}
