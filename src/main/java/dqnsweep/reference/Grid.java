package dqnsweep.reference;

import dqnsweep.sim.Pendulum;

/**
 * The dynamic program's discretisation of Pendulum's state and the bilinear interpolation on it.
 * Angles are periodic: node {@code i} is {@code theta = i * 2pi / thetaPoints} (wrapped into
 * [-pi, pi)), so the upright angle 0 is always a node and no value is lost at the seam. Speeds run
 * evenly over [-8, 8], Pendulum's clip range, both ends included; an odd {@code speedPoints} puts
 * the resting speed 0 on a node too.
 *
 * <p>Value arrays are laid out angle-major, node {@code (i, j)} at {@code i * speedPoints + j},
 * with one extra angle row at the end that repeats row 0: the four corners of every cell are then
 * {@code c, c + 1, c + speedPoints, c + speedPoints + 1} without a wrap-around test in the hot loop.
 */
public record Grid(int thetaPoints, int speedPoints) {

    public Grid {
        if (thetaPoints < 3) {
            throw new IllegalArgumentException("thetaPoints must be at least 3, got " + thetaPoints);
        }
        if (speedPoints < 2) {
            throw new IllegalArgumentException("speedPoints must be at least 2, got " + speedPoints);
        }
        if ((long) (thetaPoints + 1) * speedPoints > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid " + thetaPoints + " x " + speedPoints + " is too large");
        }
    }

    /**
     * The grid {@link PendulumOptimum#standard()} solves on: 601 x 601 for frame skip 1, 401 x 401
     * otherwise. The interpolation error enters once per decision, so the finer time grid of frame
     * skip 1 needs a finer state grid for the same accuracy. Doubling either grid moves the mean score
     * of the default evaluation by less than 0.002 per step (figures in {@link PendulumOptimum}).
     */
    public static Grid forFrameSkip(int frameSkip) {
        if (frameSkip < 1) {
            throw new IllegalArgumentException("frameSkip must be positive, got " + frameSkip);
        }
        return frameSkip == 1 ? square(601) : square(401);
    }

    /** A grid with as many angles as speeds. */
    public static Grid square(int points) {
        return new Grid(points, points);
    }

    /** Number of nodes (the padded row not counted). */
    public int nodes() {
        return thetaPoints * speedPoints;
    }

    /** Length of a value array: the nodes plus the row that repeats angle row 0. */
    int paddedSize() {
        return (thetaPoints + 1) * speedPoints;
    }

    double theta(int i) {
        return Pendulum.normalizeAngle(i * thetaStep());
    }

    double speed(int j) {
        return -Pendulum.MAX_SPEED + j * speedStep();
    }

    /** Index of the lower-left corner of the cell holding the state (angle wrapped, speed clamped). */
    int corner(double theta, double thetaDot) {
        int i = Math.floorMod((int) Math.floor(thetaCoordinate(theta)), thetaPoints);
        return i * speedPoints + speedRow(thetaDot);
    }

    /** Position of the angle between its cell's two angle rows, in [0, 1). */
    double thetaFraction(double theta) {
        double u = thetaCoordinate(theta);
        return u - Math.floor(u);
    }

    /** Position of the speed between its cell's two speed columns, in [0, 1]. */
    double speedFraction(double thetaDot) {
        return speedCoordinate(thetaDot) - speedRow(thetaDot);
    }

    /** The bilinear interpolation of a padded value array at a continuous state. */
    double interpolate(float[] values, double theta, double thetaDot) {
        return blend(values, corner(theta, thetaDot), thetaFraction(theta), speedFraction(thetaDot));
    }

    /** Fills the padded row with angle row 0, after the nodes have been written. */
    void closeSeam(float[] values) {
        System.arraycopy(values, 0, values, thetaPoints * speedPoints, speedPoints);
    }

    double blend(float[] values, int corner, double thetaFraction, double speedFraction) {
        int up = corner + speedPoints;
        double low = values[corner] + speedFraction * (values[corner + 1] - values[corner]);
        double high = values[up] + speedFraction * (values[up + 1] - values[up]);
        return low + thetaFraction * (high - low);
    }

    private double thetaStep() {
        return 2 * Math.PI / thetaPoints;
    }

    private double speedStep() {
        return 2 * Pendulum.MAX_SPEED / (speedPoints - 1);
    }

    private double thetaCoordinate(double theta) {
        return Pendulum.normalizeAngle(theta) / thetaStep();
    }

    private double speedCoordinate(double thetaDot) {
        double clamped = Math.max(-Pendulum.MAX_SPEED, Math.min(Pendulum.MAX_SPEED, thetaDot));
        return (clamped + Pendulum.MAX_SPEED) / speedStep();
    }

    /** The lower speed column of the cell; the top speed belongs to the last cell, with fraction 1. */
    private int speedRow(double thetaDot) {
        return Math.min((int) Math.floor(speedCoordinate(thetaDot)), speedPoints - 2);
    }
}
