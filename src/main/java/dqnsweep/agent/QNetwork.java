package dqnsweep.agent;

import dqnsweep.config.Loss;
import dqnsweep.config.RunConfig;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * The Q-function: a DL4J {@link MultiLayerNetwork}, observation in, one linear Q-value per
 * action out (Dense ReLU, Dense ReLU, linear), as in the tutorial. Glorot-uniform weights and
 * zero biases match Keras's defaults.
 */
public final class QNetwork {

    private final MultiLayerNetwork network;

    private final LossRecorder lossRecorder = new LossRecorder();

    /** Counts the changes to the weights, so a {@link QSnapshot} knows when to re-read them. */
    private long version;

    private QNetwork(MultiLayerNetwork network) {
        this.network = network;
        network.setListeners(lossRecorder);
    }

    /** A freshly initialised network; the same seed gives the same weights on any thread. */
    public static QNetwork create(RunConfig config, int inputs, long seed) {
        ILossFunction loss = config.loss() == Loss.HUBER ? new HuberLoss() : new LossMSE();
        MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(adam(config))
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(config.layer1Units())
                        .activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(config.layer1Units()).nOut(config.layer2Units())
                        .activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(loss).nIn(config.layer2Units()).nOut(config.actionCount())
                        .activation(Activation.IDENTITY).build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(configuration);
        network.init();
        return new QNetwork(network);
    }

    /** Adam, its step size halving every learning_rate_half_life gradient steps (DL4J counts them as iterations). */
    private static Adam adam(RunConfig config) {
        Adam.Builder adam = Adam.builder().beta1(config.adamBeta1()).beta2(config.adamBeta2())
                .epsilon(config.adamEpsilon());
        if (config.learningRateHalfLife() == 0) {
            return adam.learningRate(config.learningRate()).build();
        }
        double gamma = Math.pow(0.5, 1.0 / config.learningRateHalfLife());
        return adam.learningRateSchedule(new ExponentialSchedule(ScheduleType.ITERATION, config.learningRate(), gamma))
                .build();
    }

    /** Q-values, one row per observation row. */
    public INDArray output(INDArray observations) {
        return network.output(observations, false);
    }

    /** One gradient step; {@code labelMask} (or null) selects which outputs carry a target. */
    public double fit(INDArray observations, INDArray targets, INDArray labelMask) {
        network.fit(observations, targets, null, labelMask);
        version++;
        return network.score();
    }

    /**
     * Several gradient steps in one DL4J call, one per minibatch the iterator serves; returns the
     * mean training loss over them.
     */
    public double fit(DataSetIterator minibatches) {
        lossRecorder.reset();
        network.fit(minibatches);
        version++;
        return lossRecorder.mean();
    }

    /** A second network with the same architecture and weights (the target network). */
    public QNetwork copy() {
        MultiLayerNetwork clone = network.clone();
        clone.setListeners();
        return new QNetwork(clone);
    }

    /** Overwrites this network's weights with {@code source}'s. */
    public void copyWeightsFrom(QNetwork source) {
        network.params().assign(source.network.params());
        version++;
    }

    /** this = tau * source + (1 - tau) * this, in place (no temporary: nothing for the native GC to collect). */
    public void blendWeightsFrom(QNetwork source, double tau) {
        INDArray params = network.params();
        params.muli((1 - tau) / tau).addi(source.network.params()).muli(tau);
        version++;
    }

    /** Adam's step size at a gradient step (DL4J's iteration count). */
    double learningRate(int iteration) {
        return network.getLayer(0).conf().getLayer().getUpdaterByParam("W").getLearningRate(iteration, 0);
    }

    long version() {
        return version;
    }

    /** Copies the flat parameter vector (layer after layer: W column-major, then b) into {@code into}. */
    void readParameters(float[] into) {
        HostArrays.read(network.params(), into, into.length);
    }

    /** Overwrites the flat parameter vector, laid out as {@link #readParameters} reads it. */
    void writeParameters(float[] values) {
        HostArrays.write(values, values.length, network.params());
        version++;
    }

    /** The DL4J network itself, for {@link ModelFile} to write. */
    MultiLayerNetwork dl4j() {
        return network;
    }

    /** Units per layer, the inputs first: {3, 128, 64, bins} for the default network. */
    int[] layerUnits() {
        int layers = network.getnLayers();
        int[] units = new int[layers + 1];
        units[0] = inputs();
        for (int layer = 0; layer < layers; layer++) {
            units[layer + 1] = units(layer);
        }
        return units;
    }

    public int inputs() {
        return network.layerInputSize(0);
    }

    public int outputs() {
        return units(network.getnLayers() - 1);
    }

    private int units(int layer) {
        return (int) network.getLayer(layer).getParam("b").length();
    }

    public long parameterCount() {
        return network.numParams();
    }

    /** Collects the loss DL4J computes at each gradient step of a fit call. */
    private static final class LossRecorder extends BaseTrainingListener {
        private double sum;
        private int count;

        void reset() {
            sum = 0;
            count = 0;
        }

        double mean() {
            return count == 0 ? Double.NaN : sum / count;
        }

        @Override
        public void iterationDone(Model model, int iteration, int epoch) {
            sum += model.score();
            count++;
        }
    }
}
