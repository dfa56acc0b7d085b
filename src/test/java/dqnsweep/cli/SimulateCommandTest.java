package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    })
    void badInputExitsWithTwoAndOneLine(String env, String state, String actions, String message) {
        Result result = simulate("--env", env, "--state", state, "--actions", actions);

        assertEquals(2, result.exitCode());
        assertTrue(result.rows().isEmpty(), "no CSV on bad input");
        assertTrue(result.err().startsWith("dqn-sweep: "), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void missingOptionIsAUsageError() {
        Result result = simulate("--env", "pendulum", "--state", "0,0");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--actions"), result.err());
    }

    @Test
    void negativeStartValuesAreNotMistakenForOptions() {
        Result result = simulate("--env", "cartpole", "--state", "-1,-0.5,-0.1,-1", "--actions", "0");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("1", "-1.0", "-0.5", "-0.1", "-1.0"), List.of(result.row(1)).subList(0, 5));
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
