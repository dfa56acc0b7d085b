package dqnsweep.sim;

/** numpy's {@code linspace(-max, max, bins)}: evenly spaced torques, both ends included. */
public final class TorqueBins implements ActionSet {

    private final double[] torques;

    public TorqueBins(int bins, double maxTorque) {
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be at least 2, got " + bins);
        }
        torques = new double[bins];
        // numpy computes start + i * step with step = (stop - start) / (num - 1), and sets the last exactly.
        double step = (2 * maxTorque) / (bins - 1);
        for (int i = 0; i < bins; i++) {
            torques[i] = -maxTorque + i * step;
        }
        torques[bins - 1] = maxTorque;
    }

    @Override
    public int size() {
        return torques.length;
    }

    @Override
    public double value(int index) {
        return torques[index];
    }

    /** The first index of the smallest distance, as numpy's {@code argmin} breaks ties. */
    @Override
    public int nearest(double action) {
        int best = 0;
        double bestDistance = Math.abs(torques[0] - action);
        for (int i = 1; i < torques.length; i++) {
            double distance = Math.abs(torques[i] - action);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }
}
