package dqnsweep.reference;

import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;

/**
 * The finite-horizon optimal values of an evaluation episode on a grid: {@code V_m} is the best
 * undiscounted sum of rewards still to come when {@code m} decisions remain, {@code V_0 = 0}, and
 * {@code V_m(s) = max_a [rewards of holding a for the decision's steps from s + V_{m-1}(s')]}.
 * The optimal controller is time-varying, so it needs every {@code V_m}, from the largest
 * {@code m} down as the episode advances.
 *
 * <p>When all of them fit in {@link #VALUE_BUDGET_BYTES} they are all kept. Otherwise (frame skip
 * 1 on a fine grid: 251 arrays of 1.4 MB at 601 x 601) only every {@code blockSize}-th is kept as
 * a checkpoint, and the block above a checkpoint is recomputed from it when the controller first
 * asks for one of its values. Backups are deterministic, so the recomputed values are bit for bit
 * the ones a full store would hold; the price is at most one more backup per decision. Reading in
 * any other order than largest {@code m} first still gives the right values, only slower.
 *
 * <p>Not thread-safe: the recomputed block is shared state.
 */
public final class ValueFunctions {

    /** What the stored value arrays may take; the transition table comes on top. */
    static final long VALUE_BUDGET_BYTES = 128L << 20;

    private final Grid grid;
    private final int horizon;
    /** The full-length decision's table, to recompute blocks; null when the horizon is one decision. */
    private final Transitions transitions;
    private final int blockSize;
    private final float[] zero;
    /** {@code checkpoints[k]} is {@code V_{1 + k * blockSize}}. */
    private final float[][] checkpoints;
    /** {@code block[i]} is {@code V_{1 + loadedBlock * blockSize + i}} for {@code i >= 1}; slot 0 is unused. */
    private final float[][] block;
    private int loadedBlock = -1;

    private ValueFunctions(Grid grid, int horizon, Transitions transitions, int blockSize, float[] zero,
            float[][] checkpoints) {
        this.grid = grid;
        this.horizon = horizon;
        this.transitions = transitions;
        this.blockSize = blockSize;
        this.zero = zero;
        this.checkpoints = checkpoints;
        block = new float[blockSize][];
    }

    /** Solves the dynamic program within {@link #VALUE_BUDGET_BYTES}. */
    public static ValueFunctions solve(Environment model, ActionSet actions, DecisionSchedule schedule, Grid grid) {
        return solve(model, actions, schedule, grid, blockSize(schedule.count(), grid, VALUE_BUDGET_BYTES));
    }

    /**
     * Solves the dynamic program backwards from the end of the episode, keeping every
     * {@code blockSize}-th value array. The decision that ends the episode comes first
     * ({@code V_1}); it may be shorter than the others, so it gets its own table, dropped before
     * the full-length one is built so that only one is ever in memory.
     */
    static ValueFunctions solve(Environment model, ActionSet actions, DecisionSchedule schedule, Grid grid,
            int blockSize) {
        int decisions = schedule.count();
        int lastLength = schedule.length(decisions - 1);
        float[] zero = new float[grid.paddedSize()];
        float[] current = new float[grid.paddedSize()];
        Transitions last = Transitions.tabulate(model, actions, lastLength, grid);
        last.backup(zero, current);
        Transitions full = lastLength == schedule.frameSkip() ? last : null;
        last = null;
        if (decisions > 1 && full == null) {
            full = Transitions.tabulate(model, actions, schedule.frameSkip(), grid);
        }
        float[][] checkpoints = new float[(decisions + blockSize - 1) / blockSize][];
        checkpoints[0] = current;
        float[][] scratch = {new float[0], new float[0]};
        for (int m = 2; m <= decisions; m++) {
            float[] next;
            if ((m - 1) % blockSize == 0) {
                next = new float[grid.paddedSize()];
                checkpoints[(m - 1) / blockSize] = next;
            } else {
                int free = current == scratch[0] ? 1 : 0;
                if (scratch[free].length == 0) {
                    scratch[free] = new float[grid.paddedSize()];
                }
                next = scratch[free];
            }
            full.backup(current, next);
            current = next;
        }
        return new ValueFunctions(grid, decisions, full, blockSize, zero, checkpoints);
    }

    /**
     * The smallest block size whose checkpoints and one block fit in {@code budget}; if none does,
     * the one that needs the least memory.
     */
    static int blockSize(int decisions, Grid grid, long budget) {
        long arrayBytes = 4L * grid.paddedSize();
        int leanest = 1;
        for (int size = 1; size <= decisions; size++) {
            long arrays = (decisions + size - 1) / size + (size - 1);
            if (arrays * arrayBytes <= budget) {
                return size;
            }
            if (arrays < (decisions + leanest - 1) / leanest + (leanest - 1)) {
                leanest = size;
            }
        }
        return leanest;
    }

    /** Bytes a solution holds at its peak: the kept value arrays plus one transition table. */
    public static long bytes(Grid grid, int actions, DecisionSchedule schedule) {
        int decisions = schedule.count();
        int size = blockSize(decisions, grid, VALUE_BUDGET_BYTES);
        // V_0 and the checkpoints, plus the block (or, while solving, two scratch arrays) above one
        long arrays = 1 + (decisions + size - 1) / size + (size == 1 ? 0 : Math.max(2, size - 1));
        return 4L * grid.paddedSize() * arrays + Transitions.bytes(grid, actions);
    }

    public Grid grid() {
        return grid;
    }

    /** The number of decisions the values cover; {@code V_m} exists for m = 0 .. horizon. */
    public int horizon() {
        return horizon;
    }

    /** Values kept between backups: 1 stores every {@code V_m}. */
    int blockSize() {
        return blockSize;
    }

    /** {@code V_remaining} interpolated at a continuous state. */
    public double value(int remaining, double theta, double thetaDot) {
        return grid.interpolate(values(remaining), theta, thetaDot);
    }

    /** {@code V_remaining} at node (i, j), exactly as stored. */
    public float atNode(int remaining, int i, int j) {
        return values(remaining)[i * grid.speedPoints() + j];
    }

    private float[] values(int remaining) {
        if (remaining < 0 || remaining > horizon) {
            throw new IndexOutOfBoundsException("remaining " + remaining + " of " + horizon + " decisions");
        }
        if (remaining == 0) {
            return zero;
        }
        int index = (remaining - 1) / blockSize;
        int offset = (remaining - 1) % blockSize;
        if (offset == 0) {
            return checkpoints[index];
        }
        if (loadedBlock != index) {
            recompute(index);
        }
        return block[offset];
    }

    /** Rebuilds the values above checkpoint {@code index}, up to the next checkpoint or the horizon. */
    private void recompute(int index) {
        float[] previous = checkpoints[index];
        int top = Math.min(blockSize - 1, horizon - 1 - index * blockSize);
        for (int offset = 1; offset <= top; offset++) {
            if (block[offset] == null) {
                block[offset] = new float[grid.paddedSize()];
            }
            transitions.backup(previous, block[offset]);
            previous = block[offset];
        }
        loadedBlock = index;
    }
}
