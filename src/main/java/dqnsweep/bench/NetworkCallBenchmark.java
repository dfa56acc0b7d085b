package dqnsweep.bench;

import dqnsweep.agent.Algo;
import dqnsweep.agent.QNetwork;
import dqnsweep.agent.RunConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Microseconds per DL4J call on the 3-128-64-bins network, for batch sizes the agents use. */
public final class NetworkCallBenchmark {

    public static void main(String[] args) {
        RunConfig config = RunConfig.defaults(args.length > 0 ? Algo.NOTEBOOK : Algo.DQN);
        QNetwork network = QNetwork.create(config, 3, 1);
        for (int rows : new int[] {1, 10, 32, 100, 256}) {
            INDArray x = Nd4j.rand(DataType.FLOAT, rows, 3);
            time("output " + rows, 2000, () -> network.output(x));
        }
        for (int rows : new int[] {1, 64, 128, 256, 512, 1024}) {
            INDArray x = Nd4j.rand(DataType.FLOAT, rows, 3);
            INDArray y = Nd4j.rand(DataType.FLOAT, rows, config.actionCount());
            INDArray mask = Nd4j.zeros(DataType.FLOAT, rows, config.actionCount());
            for (int i = 0; i < rows; i++) {
                mask.putScalar(i, i % config.actionCount(), 1f);
            }
            time("fit " + rows, 1000, () -> network.fit(x, y, null));
            time("fit+mask " + rows, 1000, () -> network.fit(x, y, mask));
        }
    }

    private static void time(String label, int calls, Runnable call) {
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        double micros = (System.nanoTime() - start) / 1e3 / calls;
        System.out.printf("%-14s %8.1f us%n", label, micros);
    }
}
