package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.io.ShortestDouble;
import dqnsweep.sim.EnvName;
import java.util.List;

/**
 * The actions {@code simulate} accepts: gym's action indices for the discrete environments, any
 * torque for the pendulums (the simulator clips it). Checked up front so a wrong action is the
 * user's one-line error, not a failure inside the simulator.
 */
final class GymActions {

    private GymActions() {
    }

    /** Throws unless {@code action} is one of {@code env}'s; {@code where} and {@code position} locate it. */
    static void require(EnvName env, double action, String where, String position) {
        List<String> meanings = meanings(env);
        if (meanings.isEmpty()) {
            return;
        }
        int index = (int) action;
        if (index != action || index < 0 || index >= meanings.size()) {
            throw new BadInputException(where + ": " + env + " actions are " + describe(meanings) + ", got "
                    + ShortestDouble.format(action) + " (" + position + ")");
        }
    }

    /** What each of gym's action indices does; empty where the action is a torque. */
    private static List<String> meanings(EnvName env) {
        return switch (env) {
            case PENDULUM, PENDULUM_V1 -> List.of();
            case CARTPOLE -> List.of("push left", "push right");
            case ACROBOT -> List.of("torque -1", "torque 0", "torque +1");
            case MOUNTAINCAR -> List.of("accelerate left", "don't accelerate", "accelerate right");
        };
    }

    /** "0 (push left) or 1 (push right)"; with three, "0 (a), 1 (b) or 2 (c)". */
    private static String describe(List<String> meanings) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < meanings.size(); i++) {
            if (i > 0) {
                text.append(i == meanings.size() - 1 ? " or " : ", ");
            }
            text.append(i).append(" (").append(meanings.get(i)).append(')');
        }
        return text.toString();
    }
}
