package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.sim.Acrobot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs {@code dqn-sweep simulate} in-process and checks its CSV against hand-derived steps. */
class SimulateCommandTest {

    private static final double ROUNDING = 1e-14;

    private record Result(int exitCode, List<String[]> rows, String err) {
        /** Line 0 is the header, line n the row of step n. */
        String[] row(int line) {
            return rows.get(line);
        }

        double number(int line, int column) {
            return Double.parseDouble(rows.get(line)[column]);
        }
    }

    @Test
    void pendulumRowsFollowGymsFormulas() {
        Result result = simulate("--env", "pendulum", "--state", "0,1", "--actions", "0,2");

        assertEquals(0, result.exitCode());
        assertEquals("", result.err());
        assertEquals(List.of("step", "theta_before", "theta_dot_before", "action", "reward", "theta_after",
                "theta_dot_after", "cos_theta", "sin_theta", "theta_dot", "terminated"),
                List.of(result.row(0)));
        assertEquals(3, result.rows().size());

        // step 1 from theta = 0, thdot = 1, u = 0: reward -(0 + 0.1 * 1 + 0) = -0.1;
        // thdot' = 1 + 15 sin(0) * 0.05 = 1, theta' = 0 + 1 * 0.05
        assertEquals(List.of("1", "0.0", "1.0", "0.0", "-0.1"), List.of(result.row(1)).subList(0, 5));
        assertEquals(0.05, result.number(1, 5), ROUNDING);
        assertEquals(1.0, result.number(1, 6), ROUNDING);
        assertEquals(Math.cos(0.05), result.number(1, 7), ROUNDING);
        assertEquals(Math.sin(0.05), result.number(1, 8), ROUNDING);
        assertEquals(result.row(1)[6], result.row(1)[9], "the observed velocity is the state's");
        assertEquals("false", result.row(1)[10]);

        // step 2 starts where step 1 ended, to the last digit
        assertEquals(List.of(result.row(1)).subList(5, 7), List.of(result.row(2)).subList(1, 3));
        double theta = result.number(1, 5);
        double thetaDot = result.number(1, 6);
        // reward -(0.05^2 + 0.1 * 1^2 + 0.001 * 2^2) = -0.1065; thdot'' = 1 + (15 sin 0.05 + 3 * 2) * 0.05
        assertEquals("2.0", result.row(2)[3]);
        assertEquals(-0.1065, result.number(2, 4), ROUNDING);
        double thetaDot2 = thetaDot + (15 * Math.sin(theta) + 6) * 0.05;
        assertEquals(theta + thetaDot2 * 0.05, result.number(2, 5), ROUNDING);
        assertEquals(thetaDot2, result.number(2, 6), ROUNDING);
    }

    /** From rest the push gives xdot' = +-8/41 and thdot' = -+12/41 (see CartPoleTest); x and theta stay 0. */
    @Test
    void cartPoleRowsFromRest() {
        Result result = simulate("--env", "cartpole", "--state", "0,0,0,0", "--actions", "1");

        assertEquals(0, result.exitCode());
        assertEquals(List.of("step", "x_before", "x_dot_before", "theta_before", "theta_dot_before", "action",
                "reward", "x_after", "x_dot_after", "theta_after", "theta_dot_after", "x", "x_dot", "theta",
                "theta_dot", "terminated"), List.of(result.row(0)));
        String[] row = result.row(1);
        assertEquals(List.of("1", "0.0", "0.0", "0.0", "0.0", "1.0", "1.0"), List.of(row).subList(0, 7));
        double[] expected = {0, 8.0 / 41, 0, -12.0 / 41};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], result.number(1, 7 + i), ROUNDING);
            assertEquals(row[7 + i], row[11 + i], "CartPole observes its state");
        }
        assertEquals("false", row[15]);
    }

    /** x' = 2.39 + 0.02 * 1 = 2.41 > 2.4: the first step terminates, pays 1, and the rest is not applied. */
    @Test
    void cartPoleStopsAtTheTerminatingStep() {
        Result result = simulate("--env", "cartpole", "--state", "2.39,1,0,0", "--actions", "1,1,1");

        assertEquals(0, result.exitCode());
        assertEquals(2, result.rows().size());
        assertEquals("1.0", result.row(1)[6]);
        assertEquals("true", result.row(1)[15]);
        assertTrue(result.err().contains("terminated at step 1"), result.err());
        assertTrue(result.err().contains("2 remaining"), result.err());
    }

    /** From rest hanging down, torque +1 bends the second link forward and the first back (see AcrobotTest). */
    @Test
    void acrobotRowsAreTheSimulatorsStep() {
        Result result = simulate("--env", "acrobot", "--state", "0,0,0,0", "--actions", "2,1");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("step", "theta1_before", "theta2_before", "theta1_dot_before", "theta2_dot_before",
                "action", "reward", "theta1_after", "theta2_after", "theta1_dot_after", "theta2_dot_after",
                "cos_theta1", "sin_theta1", "cos_theta2", "sin_theta2", "theta1_dot", "theta2_dot", "terminated"),
                List.of(result.row(0)));
        assertEquals(List.of("1", "0.0", "0.0", "0.0", "0.0", "2.0", "-1.0"), List.of(result.row(1)).subList(0, 7));
        Acrobot acrobot = new Acrobot();
        double[] observation = new double[6];
        double[] state = new double[4];
        acrobot.setState(new double[4], observation);
        acrobot.step(2, observation);
        acrobot.copyState(state);
        for (int i = 0; i < 4; i++) {
            assertEquals(state[i], result.number(1, 7 + i), 0.0, "state after, to the last bit");
        }
        for (int i = 0; i < 6; i++) {
            assertEquals(observation[i], result.number(1, 11 + i), 0.0, "observation");
        }
        assertTrue(state[0] < 0 && state[1] > 0 && state[2] < 0 && state[3] > 0);
        assertEquals("false", result.row(1)[17]);
        assertEquals(List.of(result.row(1)).subList(7, 11), List.of(result.row(2)).subList(1, 5));
    }

    /** Balanced straight up, the first step ends above the line: reward 0, terminated, the rest not applied. */
    @Test
    void acrobotStopsAtTheTerminatingStepWithRewardZero() {
        Result result = simulate("--env", "acrobot", "--state", "3.141592653589793,0,0,0", "--actions", "1,1");

        assertEquals(0, result.exitCode());
        assertEquals(2, result.rows().size());
        assertEquals("0.0", result.row(1)[6]);
        assertEquals("true", result.row(1)[17]);
        assertTrue(result.err().contains("acrobot terminated at step 1"), result.err());
    }

    /**
     * From p = 0, v = 0 without a push: v' = -0.0025 cos 0 = -0.0025, p' = -0.0025. Then pushing right:
     * v'' = -0.0025 + 0.001 - 0.0025 cos(-0.0075), p'' = -0.0025 + v''.
     */
    @Test
    void mountainCarRowsFollowGymsFormulas() {
        Result result = simulate("--env", "mountaincar", "--state", "0,0", "--actions", "1,2");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("step", "position_before", "velocity_before", "action", "reward", "position_after",
                "velocity_after", "position", "velocity", "terminated"), List.of(result.row(0)));
        assertEquals(List.of("1", "0.0", "0.0", "1.0", "-1.0", "-0.0025", "-0.0025", "-0.0025", "-0.0025", "false"),
                List.of(result.row(1)));
        double velocity = -0.0025 + 0.001 - 0.0025 * Math.cos(-0.0075);
        assertEquals(velocity, result.number(2, 6), 1e-17);
        assertEquals(-0.0025 + velocity, result.number(2, 5), 1e-17);
    }

    /** p = 0.49, v = 0.02, push right: v' = 0.021 - 0.0025 cos 1.47 = 0.0207484 and p' = 0.5107484 is past the flag. */
    @Test
    void mountainCarStopsAtTheFlag() {
        Result result = simulate("--env", "mountaincar", "--state", "0.49,0.02", "--actions", "2,2,2");

        assertEquals(0, result.exitCode());
        assertEquals(2, result.rows().size());
        assertEquals(0.5107484, result.number(1, 5), 1e-7);
        assertEquals("-1.0", result.row(1)[4]);
        assertEquals("true", result.row(1)[9]);
        assertTrue(result.err().contains("2 remaining"), result.err());
    }

    @Test
    void numbersPrintInTheirShortestForm() {
        // 1e23 is what Python prints; Java 17's Double.toString gives 9.999999999999999E22
        Result result = simulate("--env", "pendulum-v1", "--state", "-0.5,0.1", "--actions", "1e23");

        assertEquals(0, result.exitCode());
        assertEquals(List.of("1", "-0.5", "0.1", "1e+23"), List.of(result.row(1)).subList(0, 4));
        // the torque is clipped to 2: reward -(0.25 + 0.1 * 0.01 + 0.001 * 4) = -0.255
        assertEquals(-0.255, result.number(1, 4), ROUNDING);
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "lunarlander | 0,0 | 1 | unknown env 'lunarlander'",
        "pendulum | 0 | 1 | --state for pendulum takes 2 values (theta,theta_dot), got 1",
        "cartpole | 0,0,0 | 1 | --state for cartpole takes 4 values (x,x_dot,theta,theta_dot), got 3",
        "pendulum | 0,abc | 1 | --state: 'abc' is not a number (value 2)",
        "pendulum | 0,NaN | 1 | --state: 'NaN' is not a number",
        "pendulum | 1e400,0 | 1 | --state: '1e400' is too large",
        "pendulum | 0,0 | 1,,2 | --actions: '' is not a number (value 2)",
        "pendulum | 0,0 | '' | --actions is empty",
        "cartpole | 0,0,0,0 | 1,0.5 | cartpole actions are 0 (push left) or 1 (push right), got 0.5 (action 2)",
        "cartpole | 0,0,0,0 | 2 | cartpole actions are 0 (push left) or 1 (push right), got 2.0",
        "acrobot | 0,0,0 | 1 | --state for acrobot takes 4 values (theta1,theta2,theta1_dot,theta2_dot), got 3",
        "acrobot | 0,0,0,0 | 1,3 | --actions: acrobot actions are 0 (torque -1), 1 (torque 0) or 2 (torque +1), "
            + "got 3.0 (action 2)",
        "acrobot | 0,0,0,0 | 0.5 | acrobot actions are 0 (torque -1), 1 (torque 0) or 2 (torque +1), got 0.5",
        "mountaincar | 0 | 1 | --state for mountaincar takes 2 values (position,velocity), got 1",
        "mountaincar | 0,0 | -1 | mountaincar actions are 0 (accelerate left), 1 ",
    })
    void badInputExitsWithTwoAndOneLine(String env, String state, String actions, String message) {
        Result result = simulate("--env", env, "--state", state, "--actions", actions);

        assertEquals(2, result.exitCode());
        assertTrue(result.rows().isEmpty(), "no CSV on bad input");
        assertTrue(result.err().startsWith("dqn-sweep: "), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    /** gym's wrap would loop (nearly) forever on such an angle; simulate stops with the step it could not take. */
    @Test
    void acrobotStateTooFarOutToStepIsBadInput() {
        Result result = simulate("--env", "acrobot", "--state", "2e6,0,0,0", "--actions", "1");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("dqn-sweep: --state, step 1: angle 2000000.08"), result.err());
        assertTrue(result.err().contains("too far outside [-pi, pi]"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertEquals(1, result.rows().size(), "only the header");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "--state 0,0 | simulate needs --input FILE, or --state and --actions (--actions is missing)",
        "--actions 1 | simulate needs --input FILE, or --state and --actions (--state is missing)",
        "'' | simulate needs --input FILE, or --state and --actions",
        "--input x.csv --state 0,0 --actions 1 | simulate takes either --input or --state with --actions, not both",
        "--input x.csv --actions 1 | simulate takes either --input or --state with --actions, not both",
    })
    void exactlyOneModeIsRequired(String options, String message) {
        List<String> args = new ArrayList<>(List.of("--env", "pendulum"));
        if (!options.isEmpty()) {
            args.addAll(Arrays.asList(options.split(" ")));
        }

        Result result = simulate(args.toArray(String[]::new));

        assertEquals(2, result.exitCode());
        assertEquals("dqn-sweep: " + message, result.err().strip());
        assertTrue(result.rows().isEmpty());
    }

    /**
     * Bulk mode: every input line is one transition from its own state, printed exactly as the
     * one-step trajectory from that state would be; step counts records, not file lines.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pendulum | 0,1,0 | 3.1,-0.5,2 | -2.5,7.9,-1.5",
        "pendulum-v1 | 0.5,8,2 | -0.5,0.1,1e23 | 1,1,-1",
        "cartpole | 0,0,0,0,1 | 2.39,1,0,0,1 | -0.1,0.2,-0.15,0.5,0",
        "acrobot | 0,0,0,0,2 | 3.141592653589793,0,0,0,1 | 0.3,-0.5,1.2,-2.5,0",
        "mountaincar | 0,0,1 | 0.49,0.02,2 | -1.19,-0.05,0",
    })
    void bulkRowsAreOneStepTrajectories(String env, String first, String second, String third,
            @TempDir Path dir) throws IOException {
        List<String> lines = List.of(first, second, third);
        Path file = Files.writeString(dir.resolve("in.csv"),
                "# state columns, then the action\n" + first + "\n\n  \n" + second + "\n# another note\n" + third);

        Result bulk = simulate("--env", env, "--input", file.toString());

        assertEquals(0, bulk.exitCode(), bulk.err());
        assertEquals("", bulk.err());
        assertEquals(4, bulk.rows().size());
        for (int i = 0; i < 3; i++) {
            int split = lines.get(i).lastIndexOf(',');
            Result single = simulate("--env", env, "--state", lines.get(i).substring(0, split),
                    "--actions", lines.get(i).substring(split + 1));
            assertEquals(List.of(single.row(0)), List.of(bulk.row(0)));
            assertEquals(String.valueOf(i + 1), bulk.row(i + 1)[0]);
            assertEquals(List.of(single.row(1)).subList(1, single.row(1).length),
                    List.of(bulk.row(i + 1)).subList(1, bulk.row(i + 1).length), "line " + (i + 1));
        }
    }

    /** Lines do not chain: a terminating line is followed by a fresh one, and terminated stays the last column. */
    @Test
    void bulkLinesAreIndependent(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("car.csv"), "0.49,0.02,2\n0.49,0.02,2\n0,0,1\n");

        Result result = simulate("--env", "mountaincar", "--input", file.toString());

        assertEquals(0, result.exitCode());
        assertEquals("terminated", result.row(0)[9]);
        assertEquals(List.of("true", "true", "false"),
                List.of(result.row(1)[9], result.row(2)[9], result.row(3)[9]));
        assertEquals("2", result.row(2)[0]);
        assertEquals(List.of(result.row(1)).subList(1, 10), List.of(result.row(2)).subList(1, 10));
    }

    @Test
    void bulkReadsStandardInput() {
        Result result = simulateWithInput("0,0,0,0,0\n0,0,0,0,1\n", "--env", "cartpole", "--input", "-");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(3, result.rows().size());
        assertEquals(-8.0 / 41, result.number(1, 8), 1e-14);
        assertEquals(8.0 / 41, result.number(2, 8), 1e-14);
    }

    @Test
    void bulkWithOnlyCommentsPrintsTheHeader() {
        Result result = simulateWithInput("# nothing yet\n\n", "--env", "acrobot", "--input", "-");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(1, result.rows().size());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "acrobot | 0,0,0,0,1 | 0,x,0,0,1 | line 3: 'x' is not a number (column 2)",
        "acrobot | 0,0,0,0,1 | 0,0,0,0 | line 3: acrobot takes 5 columns (theta1,theta2,theta1_dot,theta2_dot,action), "
            + "got 4",
        "acrobot | 0,0,0,0,1 | 0,0,0,0,3 | line 3: acrobot actions are 0 (torque -1), 1 (torque 0) or 2 (torque +1), "
            + "got 3.0 (column 5)",
        "acrobot | 0,0,0,0,1 | 1e400,0,0,0,1 | line 3: '1e400' is too large for a double (column 1)",
        "acrobot | 0,0,0,0,1 | 5e6,0,0,0,1 | line 3: angle ",
        "cartpole | 0,0,0,0,1 | 0,0,0,0,0.5 | line 3: cartpole actions are 0 (push left) or 1 (push right), got 0.5",
        "mountaincar | 0,0,1 | 0,0,NaN | line 3: 'NaN' is not a number (column 3)",
        "pendulum | 0,0,1 | 0,0,1, | line 3: '' is not a number (column 4)",
    })
    void malformedLineNamesFileLineAndColumn(String env, String good, String bad, String message,
            @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), good + "\n# a note\n" + bad + "\n" + good + "\n");

        Result result = simulate("--env", env, "--input", file.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("dqn-sweep: " + file + " " + message), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertEquals(2, result.rows().size(), "the rows before the bad line were printed, none after");
    }

    @Test
    void standardInputIsNamedInMessages() {
        Result result = simulateWithInput("0,0\n", "--env", "mountaincar", "--input", "-");

        assertEquals(2, result.exitCode());
        assertEquals("dqn-sweep: standard input line 1: mountaincar takes 3 columns (position,velocity,action), got 2",
                result.err().strip());
    }

    @Test
    void missingInputFileIsBadInput(@TempDir Path dir) {
        Result result = simulate("--env", "pendulum", "--input", dir.resolve("none.csv").toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("no such file: " + dir.resolve("none.csv")), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void negativeStartValuesAreNotMistakenForOptions() {
        Result result = simulate("--env", "cartpole", "--state", "-1,-0.5,-0.1,-1", "--actions", "0");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("1", "-1.0", "-0.5", "-0.1", "-1.0"), List.of(result.row(1)).subList(0, 5));
    }

    /** Runs simulate with {@code stdin} as standard input, restoring the real one afterwards. */
    private static Result simulateWithInput(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return simulate(args);
        } finally {
            System.setIn(original);
        }
    }

    private static Result simulate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 1];
        full[0] = "simulate";
        System.arraycopy(args, 0, full, 1, args.length);
        int exitCode = commandLine.execute(full);
        List<String[]> rows = out.toString().lines().map(line -> line.split(",", -1)).toList();
        return new Result(exitCode, rows, err.toString());
    }
}
