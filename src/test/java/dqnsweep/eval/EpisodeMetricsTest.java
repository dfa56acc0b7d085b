package dqnsweep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.sim.EnvName;
import org.junit.jupiter.api.Test;

/** An episode's figures from its steps, worked out by hand. */
class EpisodeMetricsTest {

    private static final double[] STATE = new double[4];

    @Test
    void aPendulumEpisodeMeasuresItsSwingUpAndItsHold() {
        EpisodeMetrics metrics = new EpisodeMetrics(150, EnvName.PENDULUM);
        double[] state = new double[2];
        for (int t = 0; t < 150; t++) {
            // down for 40 steps, then held at 0.1 rad with torque -0.5 (0.1 rad is within the 0.2 of "upright")
            boolean up = t >= 40;
            state[0] = up ? 0.1 : 3.0;
            metrics.stepped(t, -1.0, up ? -0.5 : 2.0, up, false, state);
        }
        EpisodeResult result = metrics.result(1);
        assertEquals(40, result.stepsToUpright());
        assertEquals(0.1, result.holdAngle(), 1e-12, "over the last 100 steps, all held");
        assertEquals(0.5, result.holdTorque(), 1e-12);
        assertEquals(1.0, result.uprightFraction());
        assertTrue(result.success());
        assertEquals(-1.0, result.averageReward());
        assertEquals(-150.0, result.totalReturn());
        assertEquals(-150.0, result.return200(), "fewer than 200 steps: all of them");
    }

    @Test
    void aPendulumThatEndsDownNeverStaysUpright() {
        EpisodeMetrics metrics = new EpisodeMetrics(120, EnvName.PENDULUM_V1);
        double[] state = new double[2];
        for (int t = 0; t < 120; t++) {
            state[0] = t == 119 ? 2.0 : 0.0;
            metrics.stepped(t, -0.1, 0.0, t != 119, false, state);
        }
        EpisodeResult result = metrics.result(1);
        assertEquals(120, result.stepsToUpright(), "its length, when the last step is down");
        assertEquals(0.99, result.uprightFraction(), 1e-12);
        assertTrue(result.success(), "99% of the last 100 steps upright");
    }

    @Test
    void cartPoleSucceedsByBalancingToTheEndAndTheGoalEnvironmentsByReachingTheGoal() {
        assertTrue(play(EnvName.CARTPOLE, 500, false).success());
        EpisodeResult fell = play(EnvName.CARTPOLE, 37, true);
        assertFalse(fell.success());
        assertEquals(37, fell.steps());
        assertEquals(37.0, fell.totalReturn());
        assertTrue(Double.isNaN(fell.holdAngle()), "no pendulum figures outside the pendulums");
        assertTrue(play(EnvName.ACROBOT, 80, true).success());
        assertFalse(play(EnvName.MOUNTAINCAR, 200, false).success());
        assertEquals(80.0, play(EnvName.ACROBOT, 80, true).score(EnvName.ACROBOT), "scored by the return");
    }

    /** {@code steps} steps of reward 1, the last terminating when {@code terminates}. */
    private static EpisodeResult play(EnvName env, int steps, boolean terminates) {
        EpisodeMetrics metrics = new EpisodeMetrics(500, env);
        for (int t = 0; t < steps; t++) {
            metrics.stepped(t, 1.0, 0, false, terminates && t == steps - 1, STATE);
        }
        return metrics.result(1);
    }
}
