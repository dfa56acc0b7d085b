package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.sim.EnvName;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of {@code simulate --input}: each the state's values then one action, comma-separated;
 * blank lines and lines starting with '#' are skipped. Lines are read one at a time, so an input
 * of any length runs in constant memory.
 */
final class BulkInput {

    /** One input line: the state to set and the action to apply. */
    record Transition(double[] state, double action) {
    }

    private final BufferedReader reader;
    private final String source;
    private final EnvName env;
    private final List<String> stateNames;
    private int line;

    /** {@code source} names the input in messages: the file as given, or "standard input". */
    BulkInput(BufferedReader reader, String source, EnvName env, List<String> stateNames) {
        this.reader = reader;
        this.source = source;
        this.env = env;
        this.stateNames = stateNames;
    }

    /** The next transition, or null at the end; a malformed line is a BadInputException naming its line. */
    Transition next() {
        String text;
        while ((text = readLine()) != null) {
            line++;
            String content = text.strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                return parse(content);
            }
        }
        return null;
    }

    /** A line that cannot be read (not UTF-8, a read error) is the input's problem too. */
    private String readLine() {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new BadInputException(source + " line " + (line + 1) + ": cannot read it: " + e, e);
        }
    }

    /** "data.csv line 7": where a problem with the current line is. */
    String where() {
        return source + " line " + line;
    }

    private Transition parse(String content) {
        int columns = stateNames.size() + 1;
        double[] values = Decimals.parse(content, where(), "column");
        if (values.length != columns) {
            throw new BadInputException(where() + ": " + env + " takes " + columns + " columns ("
                    + String.join(",", stateNames) + ",action), got " + values.length);
        }
        double action = values[columns - 1];
        GymActions.require(env, action, where(), "column " + columns);
        return new Transition(Arrays.copyOf(values, columns - 1), action);
    }
}
