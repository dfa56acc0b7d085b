package dqnsweep.report;

/** Angle helpers for drawing the pendulum. */
final class Angles {

    private Angles() {
    }

    /** The angle in [-pi, pi): 0 is upright; gym's Pendulum lets theta grow without bound. */
    static double wrap(double theta) {
        double wrapped = (theta + Math.PI) % (2 * Math.PI);
        if (wrapped < 0) {
            wrapped += 2 * Math.PI;
        }
        return wrapped - Math.PI;
    }
}
