package dqnsweep.eval;

import dqnsweep.sim.EnvName;
import dqnsweep.sim.Pendulum;

/**
 * Accumulates one evaluation episode's figures step by step: its rewards, and for a pendulum where
 * it loses against the optimum (how long the swing-up takes, how far from vertical and with how
 * much torque it then holds the pole).
 */
final class EpisodeMetrics {

    /** gym's Pendulum episode: the horizon of return_200, comparable with published results. */
    static final int RETURN_HORIZON = 200;
    /** The closing steps over which the upright share and the hold are measured. */
    static final int HOLD_WINDOW = 100;

    private final int horizon;
    private final int windowStart;
    private final EnvName env;
    private final boolean pendulum;
    private int played;
    private double total;
    private double firstReturn;
    private int uprightInWindow;
    private int lastStepDown;
    private double angleSum;
    private double torqueSum;
    private boolean terminated;

    /** {@code horizon}: the steps the episode is played for (eval_steps). */
    EpisodeMetrics(int horizon, EnvName env) {
        this.horizon = horizon;
        this.windowStart = Math.max(0, horizon - HOLD_WINDOW);
        this.env = env;
        this.pendulum = env.pendulum();
    }

    /** Step {@code t} (from 0) earned {@code reward} with {@code action} and left the simulator in {@code stateAfter}. */
    void stepped(int t, double reward, double action, boolean upright, boolean terminal, double[] stateAfter) {
        played++;
        terminated = terminal;
        total += reward;
        if (t < RETURN_HORIZON) {
            firstReturn += reward;
        }
        if (!upright) {
            lastStepDown = t + 1;
        }
        if (t >= windowStart) {
            uprightInWindow += upright ? 1 : 0;
            if (pendulum) {
                angleSum += Math.abs(Pendulum.normalizeAngle(stateAfter[0]));
                torqueSum += Math.abs(action);
            }
        }
    }

    EpisodeResult result(int episode) {
        int window = horizon - windowStart;
        double nan = Double.NaN;
        double uprightFraction = (double) uprightInWindow / window;
        boolean success = switch (env.success()) {
            case UPRIGHT -> uprightFraction >= Evaluator.SOLVED_UPRIGHT_FRACTION;
            case SURVIVES -> !terminated;
            case REACHES_GOAL -> terminated;
        };
        // An episode that ends down never stays upright: its swing-up "takes" the whole episode.
        return new EpisodeResult(episode, played, total / played, firstReturn, uprightFraction, total,
                pendulum ? lastStepDown : nan, pendulum ? angleSum / window : nan, pendulum ? torqueSum / window : nan,
                success);
    }
}
