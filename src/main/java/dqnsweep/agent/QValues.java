package dqnsweep.agent;

/** Small operations on rows of Q-values stored in a flat float array. */
public final class QValues {

    private QValues() {
    }

    /** Index of the largest value in row {@code row}; the first one on ties, like numpy's argmax. */
    public static int argmax(float[] q, int row, int actions) {
        int base = row * actions;
        int best = 0;
        for (int a = 1; a < actions; a++) {
            if (q[base + a] > q[base + best]) {
                best = a;
            }
        }
        return best;
    }

    public static float max(float[] q, int row, int actions) {
        return q[row * actions + argmax(q, row, actions)];
    }

    /** Fails fast when a network has diverged, so a run is marked failed rather than trained on NaN. */
    static void requireFinite(float[] q, int length) {
        for (int i = 0; i < length; i++) {
            if (!Float.isFinite(q[i])) {
                throw new DivergedException("the network produced a non-finite Q-value (" + q[i] + ")");
            }
        }
    }

    static void requireFinite(double loss) {
        if (!Double.isFinite(loss)) {
            throw new DivergedException("the training loss became " + loss);
        }
    }
}
