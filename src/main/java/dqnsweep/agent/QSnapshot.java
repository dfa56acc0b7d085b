package dqnsweep.agent;

/**
 * The greedy side of a {@link QNetwork}: its Q-values computed in plain Java from a copy of its
 * weights. Choosing actions needs a forward pass for a few rows per environment step; a DL4J
 * call costs 150-450 us whatever the row count, this forward pass about 2 us a row.
 * DL4J still does all the learning (and the large batched predictions of the learner); the copy
 * is re-read whenever the network changed since, so actions always come from the current weights.
 */
public final class QSnapshot {

    private final QNetwork network;
    private final int[] units;
    private final float[] parameters;
    /** Per layer, row-major [inputs][outputs], so the inner loop runs over contiguous outputs. */
    private final float[][] weights;
    private final float[][] biases;
    /** Per layer, its output for the current row. */
    private final float[][] activations;
    private long readAtVersion = -1;

    public QSnapshot(QNetwork network) {
        this.network = network;
        units = network.layerUnits();
        parameters = new float[(int) network.parameterCount()];
        int layers = units.length - 1;
        weights = new float[layers][];
        biases = new float[layers][];
        activations = new float[layers][];
        for (int layer = 0; layer < layers; layer++) {
            weights[layer] = new float[units[layer] * units[layer + 1]];
            biases[layer] = new float[units[layer + 1]];
            activations[layer] = new float[units[layer + 1]];
        }
    }

    public int outputs() {
        return units[units.length - 1];
    }

    /**
     * Writes the Q-values of {@code rows} observations (row-major, rows x inputs) into {@code q}
     * (rows x outputs). Fails with {@link DivergedException} on a non-finite value.
     */
    public void qValues(float[] observations, int rows, float[] q) {
        if (readAtVersion != network.version()) {
            readWeights();
        }
        int last = units.length - 2;
        for (int row = 0; row < rows; row++) {
            float[] input = observations;
            int offset = row * units[0];
            for (int layer = 0; layer <= last; layer++) {
                dense(layer, input, offset, layer < last);
                input = activations[layer];
                offset = 0;
            }
            System.arraycopy(activations[last], 0, q, row * outputs(), outputs());
        }
        QValues.requireFinite(q, rows * outputs());
    }

    /** out = b + x W, then ReLU on hidden layers; a zero input (half of a ReLU layer's) adds nothing. */
    private void dense(int layer, float[] input, int offset, boolean relu) {
        int in = units[layer];
        int out = units[layer + 1];
        float[] w = weights[layer];
        float[] result = activations[layer];
        System.arraycopy(biases[layer], 0, result, 0, out);
        for (int i = 0; i < in; i++) {
            float x = input[offset + i];
            if (x != 0f) {
                int base = i * out;
                for (int j = 0; j < out; j++) {
                    result[j] += x * w[base + j];
                }
            }
        }
        if (relu) {
            for (int j = 0; j < out; j++) {
                result[j] = Math.max(result[j], 0f);
            }
        }
    }

    /**
     * DL4J's flat parameter vector holds, layer after layer, W (inputs x outputs, column-major)
     * then b; W is transposed here into row-major order.
     */
    private void readWeights() {
        network.readParameters(parameters);
        int position = 0;
        for (int layer = 0; layer < weights.length; layer++) {
            int in = units[layer];
            int out = units[layer + 1];
            for (int j = 0; j < out; j++) {
                for (int i = 0; i < in; i++) {
                    weights[layer][i * out + j] = parameters[position + j * in + i];
                }
            }
            position += in * out;
            System.arraycopy(parameters, position, biases[layer], 0, out);
            position += out;
        }
        readAtVersion = network.version();
    }
}
