package dqnsweep.agent;

/** The network produced a non-finite loss or Q-value: the run cannot continue meaningfully. */
public final class DivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DivergedException(String message) {
        super(message);
    }
}
