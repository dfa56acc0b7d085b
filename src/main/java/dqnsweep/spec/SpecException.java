package dqnsweep.spec;

import dqnsweep.BadInputException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A mistake in an experiment spec, located: {@code experiments/x.yaml:7:10: grid.bins[0]: bins must
 * be at least 2, got 1}. The location is absent when the problem has no single place in the file
 * (a missing file, a rule that involves a built-in default).
 */
public final class SpecException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient SourceMap.Location location;
    private final String path;
    private final String problem;

    public SpecException(Path file, Optional<SourceMap.Location> location, String path, String problem) {
        super(format(file, location, path, problem));
        this.file = file;
        this.location = location.orElse(null);
        this.path = path;
        this.problem = problem;
    }

    /** The spec file as the user named it. */
    public Path file() {
        return file;
    }

    /** Line and column (both from 1) of the offending key or value, when there is one. */
    public Optional<SourceMap.Location> location() {
        return Optional.ofNullable(location);
    }

    /** Key path of the offending node, e.g. {@code grid.bins[0]}; empty for the whole document. */
    public String path() {
        return path;
    }

    /** What is wrong, without the location prefix. */
    public String problem() {
        return problem;
    }

    private static String format(Path file, Optional<SourceMap.Location> location, String path, String problem) {
        StringBuilder message = new StringBuilder(String.valueOf(file));
        location.ifPresent(at -> message.append(':').append(at.line()).append(':').append(at.column()));
        message.append(": ");
        if (!path.isEmpty()) {
            message.append(path).append(": ");
        }
        return message.append(problem).toString();
    }
}
