package dqnsweep.sim;

/** The discrete actions of an agent: index {@code i} means the environment action {@link #value(int)}. */
public interface ActionSet {

    int size();

    double value(int index);

    /** The index whose value is closest to {@code action} (the tutorial's {@code find_actionbin}). */
    int nearest(double action);
}
