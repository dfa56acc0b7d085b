package dqnsweep;

/**
 * Input the user can fix: a malformed spec, an impossible value, a missing file, an unwritable
 * folder. The CLI prints its message as one paragraph and exits with code 2, without a stack trace.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
