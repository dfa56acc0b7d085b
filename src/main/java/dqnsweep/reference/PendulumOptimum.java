package dqnsweep.reference;

import dqnsweep.sim.ActionSet;
import dqnsweep.sim.EnvName;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The best score a policy over the same torque bins and frame skip can reach on Pendulum's
 * evaluation, up to the grid's error: finite-horizon dynamic programming on a (theta, theta_dot)
 * {@link Grid} for the evaluation's exact objective (the undiscounted sum of rewards over
 * eval_steps steps, a decision every frame_skip steps), then, from each evaluation start, a
 * one-decision lookahead on the exact simulator against the interpolated values. The figures are
 * what that controller scores on the real simulator, so some policy reaches them: the true optimum
 * lies at or a little above them, never below.
 *
 * <p>Convergence, measured when the grids were chosen: the mean average reward per step over the
 * default evaluation (Pendulum-v0, eval seed 20211125, 100 episodes x 250 steps, 20 bins). An
 * independent computation found -0.5568 at 301 points and -0.5552 at 801 (frame skip 2).
 *
 * <pre>
 * points (both axes)  frame skip 1   frame skip 2   frame skip 4
 *   201                 -0.56035       -0.55870       -0.55959
 *   301                                -0.55684
 *   401                 -0.55726       -0.55598 *     -0.55786 *
 *   601                 -0.55556 *     -0.55527
 *   801                 -0.55477       -0.55514       -0.55700
 *  1201                 -0.55434
 *  1601                                -0.55435
 *  2401                 -0.55360
 * </pre>
 *
 * The standard grids (*) move by less than 0.002 when doubled: by 0.0012 at frame skip 1 (601 to
 * 1201), 0.0008 at frame skip 2 and 4 (401 to 801); 10 and 40 bins move as much as 20. Most
 * episodes agree to 1e-4 per step between 401 and 801 points (frame skip 2) and none gets worse;
 * the mean moves because about ten of the hundred starts find a better swing-up on the finer
 * grid, which is also why the differences shrink slowly (801 to 1601 still moves 0.0008, 1201 to
 * 2401 at frame skip 1 0.0007). Frame skip 1 needs the finer grid because the interpolation error
 * enters once per decision, twice as often as at frame skip 2.
 *
 * <p>Cost, single-threaded: a heap of about {@link ValueFunctions#bytes} (401 x 401 at frame skip
 * 2: 107, 133, 184 MB for 10, 20, 40 bins; 601 x 601 at frame skip 1: 184, 241, 357 MB), and a
 * few seconds at frame skip 2, five to six times that at frame skip 1 (twice the decisions, 2.25
 * times the nodes, and blocks of values recomputed to stay within the value budget).
 */
public final class PendulumOptimum implements ReferenceSource {

    /** The grid for a frame skip. */
    private final IntFunction<Grid> grids;

    private PendulumOptimum(IntFunction<Grid> grids) {
        this.grids = grids;
    }

    /** The optimum on {@link Grid#forFrameSkip}'s grids. */
    public static PendulumOptimum standard() {
        return new PendulumOptimum(Grid::forFrameSkip);
    }

    /** The optimum on one grid for every key (convergence studies, tests). */
    public static PendulumOptimum on(Grid grid) {
        return new PendulumOptimum(frameSkip -> grid);
    }

    /** Pendulum v0 and v1, the only simulators solved here. */
    @Override
    public boolean covers(EnvName env) {
        return env == EnvName.PENDULUM || env == EnvName.PENDULUM_V1;
    }

    /** The grid the dynamic program of {@code key} runs on. */
    public Grid grid(ReferenceKey key) {
        return grids.apply(key.frameSkip());
    }

    @Override
    public String version(ReferenceKey key) {
        Grid grid = grid(key);
        return String.format(Locale.ROOT, "dp%dx%d", grid.thetaPoints(), grid.speedPoints());
    }

    /** Optimal and random figures for a Pendulum key; empty for other simulators. */
    @Override
    public Optional<Reference> compute(ReferenceKey key) {
        if (!covers(key.env())) {
            return Optional.empty();
        }
        return Optional.of(Reference.of(key, optimalScores(key), RandomFloor.scores(key)));
    }

    /** Per-episode figures of the optimal controller, in episode order. */
    public List<EpisodeScore> optimalScores(ReferenceKey key) {
        if (!covers(key.env())) {
            throw new IllegalArgumentException("no optimum for " + key.env() + ", only for Pendulum");
        }
        Environment simulator = Environments.create(key.env());
        ActionSet actions = simulator.actions(key.bins());
        ValueFunctions values = ValueFunctions.solve(Environments.create(key.env()), actions, key.schedule(),
                grid(key));
        DecisionRule controller = new LookaheadController(values, Environments.create(key.env()), actions,
                key.schedule());
        return Episodes.play(simulator, actions, key.schedule(),
                Episodes.starts(key.env(), key.evalSeed(), key.episodes()), controller);
    }
}
