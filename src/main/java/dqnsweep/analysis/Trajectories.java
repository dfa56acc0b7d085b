package dqnsweep.analysis;

import dqnsweep.io.CsvTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Evaluation episodes of a run step by step, in file order: the first ({@code trajectory.csv})
 * or the worst ({@code worst_episodes.csv}). The state is the one before each step, so step 0
 * holds the episode's start. CartPole rows also carry the cart position {@code x}.
 */
public record Trajectories(List<Episode> episodes) {

    /** One episode. {@code x} is null for the pendulum, {@code thetaDot} when the file lacks it. */
    public record Episode(int number, double[] theta, double[] thetaDot, double[] x, double[] action, double[] reward) {

        public int steps() {
            return theta.length;
        }
    }

    public static Trajectories of(CsvTable table) throws IOException {
        table.require("episode", "theta", "action", "reward");
        boolean cart = table.has("x");
        double[] episode = table.numbers("episode");
        double[] theta = table.numbers("theta");
        double[] x = cart ? table.numbers("x") : null;
        double[] thetaDot = table.has("theta_dot") ? table.numbers("theta_dot") : null;
        double[] action = table.numbers("action");
        double[] reward = table.numbers("reward");
        List<Episode> episodes = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= episode.length; i++) {
            if (i == episode.length || episode[i] != episode[start]) {
                episodes.add(new Episode((int) episode[start], slice(theta, start, i),
                        thetaDot == null ? null : slice(thetaDot, start, i), cart ? slice(x, start, i) : null, slice(action, start, i), slice(reward, start, i)));
                start = i;
            }
        }
        return new Trajectories(episodes);
    }

    private static double[] slice(double[] values, int from, int to) {
        return Arrays.copyOfRange(values, from, to);
    }
}
