package dqnsweep.eval;

import dqnsweep.agent.QNetwork;
import dqnsweep.agent.QSnapshot;
import dqnsweep.agent.QValues;
import dqnsweep.config.RunConfig;
import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;

/**
 * The greedy action over a grid of pendulum states, theta in [-pi, pi] x thetadot in [-8, 8]:
 * a picture of what the network learned, with the same forward pass that chooses actions.
 */
public final class PolicyMap {

    /** One grid point. */
    public record Point(double theta, double thetaDot, double torque, double value) {
    }

    private PolicyMap() {
    }

    public static Point[] compute(QNetwork network, RunConfig config, int thetaSteps, int thetaDotSteps) {
        Environment env = Environments.create(config.env());
        ActionSet actions = config.actions(env);
        int obsSize = env.observationSize();
        int rows = thetaSteps * thetaDotSteps;
        float[] observations = new float[rows * obsSize];
        double[] state = new double[2];
        double[] observation = new double[obsSize];
        Point[] points = new Point[rows];
        for (int i = 0; i < thetaSteps; i++) {
            for (int j = 0; j < thetaDotSteps; j++) {
                int row = i * thetaDotSteps + j;
                state[0] = -Math.PI + 2 * Math.PI * i / (thetaSteps - 1);
                state[1] = -8 + 16.0 * j / (thetaDotSteps - 1);
                env.setState(state, observation);
                for (int k = 0; k < obsSize; k++) {
                    observations[row * obsSize + k] = (float) observation[k];
                }
                points[row] = new Point(state[0], state[1], 0, 0);
            }
        }
        float[] q = new float[rows * actions.size()];
        new QSnapshot(network).qValues(observations, rows, q);
        for (int row = 0; row < rows; row++) {
            int best = QValues.argmax(q, row, actions.size());
            points[row] = new Point(points[row].theta(), points[row].thetaDot(), actions.value(best),
                    q[row * actions.size() + best]);
        }
        return points;
    }
}
