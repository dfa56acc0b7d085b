package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class HuberLossTest {

    private final HuberLoss loss = new HuberLoss();

    @Test
    void isQuadraticInsideDeltaAndLinearBeyond() {
        // errors d = prediction - label: 0.5, -2, 3
        var labels = Nd4j.createFromArray(new float[][] {{0f, 2f, -1f}});
        var predictions = Nd4j.createFromArray(new float[][] {{0.5f, 0f, 2f}});
        // 0.5 * 0.25 + (2 - 0.5) + (3 - 0.5) = 0.125 + 1.5 + 2.5
        double score = loss.computeScore(labels, predictions, new ActivationIdentity(), null, true);
        assertEquals(4.125, score, 1e-6);
        float[] gradient = loss.computeGradient(labels, predictions, new ActivationIdentity(), null).toFloatVector();
        assertArrayEquals(new float[] {0.5f, -1f, 1f}, gradient, 1e-6f);
    }

    @Test
    void maskKeepsOnlyTheTakenActionsError() {
        var labels = Nd4j.createFromArray(new float[][] {{0f, 2f, -1f}, {1f, 1f, 1f}});
        var predictions = Nd4j.createFromArray(new float[][] {{0.5f, 0f, 2f}, {1f, 1.25f, 5f}});
        var mask = Nd4j.createFromArray(new float[][] {{0f, 1f, 0f}, {0f, 1f, 0f}});
        // Row 1: |d| = 2 -> 1.5; row 2: d = 0.25 -> 0.03125; averaged over 2 rows.
        assertEquals((1.5 + 0.03125) / 2,
                loss.computeScore(labels, predictions, new ActivationIdentity(), mask, true), 1e-6);
        float[] gradient = loss.computeGradient(labels, predictions, new ActivationIdentity(), mask).ravel().toFloatVector();
        assertArrayEquals(new float[] {0f, -1f, 0f, 0f, 0.25f, 0f}, gradient, 1e-6f);
    }

    @Test
    void gradientMatchesFiniteDifferencesOfTheScore() {
        assertGradientMatchesFiniteDifferences(new ActivationIdentity(), null);
    }

    /** The general path (an activation other than the identity), with a mask, through the chain rule. */
    @Test
    void gradientThroughAnotherActivationMatchesFiniteDifferences() {
        assertGradientMatchesFiniteDifferences(new ActivationTanH(), new double[] {1, 0, 1});
    }

    private void assertGradientMatchesFiniteDifferences(IActivation activation, double[] maskValues) {
        // Pre-activations chosen so that some errors fall inside delta and some beyond it.
        var labels = Nd4j.createFromArray(new double[][] {{0.3, -0.7, -0.9}});
        var mask = maskValues == null ? null : Nd4j.createFromArray(new double[][] {maskValues});
        double[] at = {1.1, -0.2, 2.5};
        double h = 1e-6;
        double[] analytic = loss.computeGradient(labels, Nd4j.createFromArray(new double[][] {at}), activation, mask)
                .toDoubleVector();
        for (int i = 0; i < at.length; i++) {
            double[] up = at.clone();
            double[] down = at.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (score(labels, up, activation, mask) - score(labels, down, activation, mask)) / (2 * h);
            assertEquals(numeric, analytic[i], 1e-6);
        }
    }

    private double score(INDArray labels, double[] preOutput, IActivation activation, INDArray mask) {
        return loss.computeScore(labels, Nd4j.createFromArray(new double[][] {preOutput}), activation, mask, false);
    }
}
