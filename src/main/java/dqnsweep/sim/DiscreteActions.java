package dqnsweep.sim;

/**
 * gym's {@code Discrete(n)} action space as an {@link ActionSet}: index {@code i} is gym's action
 * {@code i}, so the agent's choice goes to the simulator unchanged.
 */
final class DiscreteActions implements ActionSet {

    private final int count;

    DiscreteActions(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a discrete action space needs at least one action, got " + count);
        }
        this.count = count;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public double value(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("action " + index + " of " + count);
        }
        return index;
    }

    /** The closest index; a half rounds up (1.5 is 2), as CartPole's 0.5 is 1; outside the range the nearest end. */
    @Override
    public int nearest(double action) {
        long rounded = Math.round(action);
        return (int) Math.max(0, Math.min(count - 1, rounded));
    }
}
