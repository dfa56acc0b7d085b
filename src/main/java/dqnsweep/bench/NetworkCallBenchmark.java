package dqnsweep.bench;

import dqnsweep.agent.QNetwork;
import dqnsweep.config.Algo;
import dqnsweep.config.RunConfig;
import dqnsweep.spec.ConfigResolver;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Microseconds per DL4J call on the 3-128-64-20 network (Huber loss, masked labels), for the batch sizes the agents use. */
final class NetworkCallBenchmark {

    private static final int CALLS = 1000;

    private NetworkCallBenchmark() {
    }

    static void run() {
        RunConfig config = ConfigResolver.builtIn(Algo.DQN);
        QNetwork network = QNetwork.create(config, 3, 1);
        System.out.println("## DL4J call cost (us per call, after warm-up)");
        System.out.println("| call | rows | us |");
        System.out.println("|---|---|---|");
        for (int rows : new int[] {1, 10, 128, 1681}) {
            INDArray x = Nd4j.rand(DataType.FLOAT, rows, 3);
            print("output", rows, time(() -> network.output(x).close()));
        }
        for (int rows : new int[] {1, 128, 256, 1024}) {
            INDArray x = Nd4j.rand(DataType.FLOAT, rows, 3);
            INDArray y = Nd4j.rand(DataType.FLOAT, rows, config.actionCount());
            INDArray mask = Nd4j.zeros(DataType.FLOAT, rows, config.actionCount());
            for (int i = 0; i < rows; i++) {
                mask.putScalar(i, i % config.actionCount(), 1f);
            }
            print("fit", rows, time(() -> network.fit(x, y, mask)));
        }
        System.out.println();
    }

    private static void print(String call, int rows, double micros) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f |%n", call, rows, micros);
    }

    private static double time(Runnable call) {
        for (int i = 0; i < CALLS; i++) {
            call.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            call.run();
        }
        return (System.nanoTime() - start) / 1e3 / CALLS;
    }
}
