package dqnsweep.agent;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs a {@link QNetwork} on rows held in Java arrays. Input, label and mask arrays are
 * allocated once per row count and reused; each output is copied out and freed at once, so the
 * hot loop leaves nothing for the native garbage collector.
 */
final class NetworkFeed {

    private final int inputs;
    private final int outputs;
    private final INDArray[] featuresByRows;
    private final INDArray[] labelsByRows;
    private final INDArray[] masksByRows;
    private float[] bothObservations = new float[0];
    private float[] bothQ = new float[0];

    NetworkFeed(int inputs, int outputs, int maxRows) {
        this.inputs = inputs;
        this.outputs = outputs;
        featuresByRows = new INDArray[maxRows + 1];
        labelsByRows = new INDArray[maxRows + 1];
        masksByRows = new INDArray[maxRows + 1];
    }

    /** Writes the Q-values of {@code rows} observations into {@code q} (row-major, rows x outputs). */
    void predict(QNetwork network, float[] observations, int rows, float[] q) {
        INDArray output = network.output(features(observations, rows));
        HostArrays.read(output, q, rows * outputs);
        if (output.closeable()) {
            output.close();
        }
        QValues.requireFinite(q, rows * outputs);
    }

    /**
     * The Q-values of two sets of {@code rows} observations in one network call of 2 x rows (the
     * feed must allow that many): as two {@link #predict} calls, for the fixed cost of one.
     */
    void predictBoth(QNetwork network, float[] first, float[] second, int rows, float[] qFirst, float[] qSecond) {
        int inputValues = rows * inputs;
        int outputValues = rows * outputs;
        if (bothObservations.length != 2 * inputValues) {
            bothObservations = new float[2 * inputValues];
            bothQ = new float[2 * outputValues];
        }
        System.arraycopy(first, 0, bothObservations, 0, inputValues);
        System.arraycopy(second, 0, bothObservations, inputValues, inputValues);
        predict(network, bothObservations, 2 * rows, bothQ);
        System.arraycopy(bothQ, 0, qFirst, 0, outputValues);
        System.arraycopy(bothQ, outputValues, qSecond, 0, outputValues);
    }

    /** One gradient step towards {@code targets} on the outputs where {@code mask} is 1; returns the loss. */
    double fit(QNetwork network, float[] observations, float[] targets, float[] mask, int rows) {
        INDArray features = features(observations, rows);
        INDArray labels = cached(labelsByRows, rows, outputs);
        HostArrays.write(targets, rows * outputs, labels);
        INDArray labelMask = null;
        if (mask != null) {
            labelMask = cached(masksByRows, rows, outputs);
            HostArrays.write(mask, rows * outputs, labelMask);
        }
        double loss = network.fit(features, labels, labelMask);
        QValues.requireFinite(loss);
        return loss;
    }

    private INDArray features(float[] observations, int rows) {
        INDArray features = cached(featuresByRows, rows, inputs);
        HostArrays.write(observations, rows * inputs, features);
        return features;
    }

    private static INDArray cached(INDArray[] byRows, int rows, int columns) {
        if (byRows[rows] == null) {
            byRows[rows] = Nd4j.create(DataType.FLOAT, rows, columns);
        }
        return byRows[rows];
    }
}
