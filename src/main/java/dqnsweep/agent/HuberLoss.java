package dqnsweep.agent;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMin;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Huber loss with delta 1, which ND4J lacks: 0.5 d^2 for |d| <= 1, |d| - 0.5 beyond, with
 * d = prediction - label. Its gradient is d clipped to [-1, 1], so a wild bootstrap target
 * cannot blow up a step (DQN's "error clipping"). Supports per-output masks, which is how the
 * agent trains only the Q-value of the action taken. A mask must hold 0 or 1, never a weight:
 * DL4J's output layer also multiplies its output by the mask in the forward pass, so a mask of w
 * fits w x Q to the target and Q drifts to target / w (measured: prioritized replay's weights
 * passed that way made the bootstraps diverge). Every ND4J operation costs tens of
 * microseconds of fixed overhead plus a garbage-collected buffer on these small arrays, so the
 * identity output (the Q-network's) skips the copies a general activation needs.
 */
public final class HuberLoss implements ILossFunction {

    private static final long serialVersionUID = 1L;

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            boolean average) {
        double sum = computeScoreArray(labels, preOutput, activationFn, mask).sumNumber().doubleValue();
        return average ? sum / labels.size(0) : sum;
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray absError = Transforms.abs(error(labels, preOutput, activationFn), false);
        INDArray quadratic = Nd4j.exec(new ScalarMin(absError, null, absError.ulike(), 1.0));
        // 0.5 a^2 + (|d| - a) with a = min(|d|, 1) equals Huber on both sides of delta.
        INDArray score = quadratic.mul(quadratic).muli(0.5).addi(absError.subi(quadratic));
        if (mask != null) {
            score.muli(mask);
        }
        return score.sum(true, 1);
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray dLdOutput = Transforms.max(Transforms.min(error(labels, preOutput, activationFn), 1.0, false),
                -1.0, false);
        if (mask != null) {
            dLdOutput.muli(mask);
        }
        if (activationFn instanceof ActivationIdentity) {
            return dLdOutput;
        }
        INDArray gradient = activationFn.backprop(preOutput.dup(), dLdOutput).getFirst();
        if (mask != null) {
            gradient.muli(mask);
        }
        return gradient;
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activationFn,
            INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return "huber";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HuberLoss;
    }

    @Override
    public int hashCode() {
        return HuberLoss.class.hashCode();
    }

    @Override
    public String toString() {
        return "HuberLoss()";
    }

    private static INDArray error(INDArray labels, INDArray preOutput, IActivation activationFn) {
        if (activationFn instanceof ActivationIdentity) {
            return preOutput.sub(labels);
        }
        return activationFn.getActivation(preOutput.dup(), false).subi(labels);
    }
}
