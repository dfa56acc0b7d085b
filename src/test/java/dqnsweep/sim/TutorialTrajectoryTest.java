package dqnsweep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the random-action Pendulum-v0 trajectory the tutorial printed (copied verbatim into
 * tutorial-pendulum-v0-random-actions.txt). The actions were not printed, so each one is recovered
 * from two consecutive observations by solving gym's velocity update for u:
 * thdot' = thdot + (-15 sin(theta + pi) + 3 u) * 0.05, valid while thdot' was not clipped (|thdot'| < 8).
 *
 * <p>Tolerances follow from the printing: numpy shows 8 decimals, so each printed entry is within
 * E = 5e-9 of gym's value. theta = atan2(sin, cos) is then off by at most |cos dsin - sin dcos| <= sqrt(2) E
 * (A below). The recovered u inverts the velocity update, so thdot' is reproduced up to double
 * rounding, while cos and sin of the next angle carry A + dt E from this step plus E from their own
 * printing. The reward bound is the first-order propagation of A, E and the error of u through
 * theta^2 + 0.1 thdot^2 + 0.001 u^2, plus gym squaring its float32 action in float32.
 */
class TutorialTrajectoryTest {

    private static final String RESOURCE = "tutorial-pendulum-v0-random-actions.txt";
    private static final Pattern OBSERVATION = Pattern.compile(
            "observation:\\s+\\[\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*]\\s+reward:\\s+(\\S+)");

    private static final double DT = 0.05;
    private static final double PRINTED = 5e-9;
    private static final double ANGLE = Math.sqrt(2) * PRINTED * 1.01;
    private static final double TORQUE = (2 * PRINTED / DT + 15 * ANGLE) / 3;
    private static final double FLOAT32_SQUARE = 0.001 * 4 * 0x1p-24;
    private static final double DOUBLE_ROUNDING = 1e-12;

    /** One printed line: the observation after a step and that step's reward. */
    record Printed(double cos, double sin, double thetaDot, double reward) {
    }

    @Test
    void resourceHoldsTwoRunsOfElevenSteps() {
        List<List<Printed>> runs = runs();
        assertEquals(2, runs.size());
        assertEquals(11, runs.get(0).size());
        assertEquals(11, runs.get(1).size());
    }

    @ParameterizedTest(name = "run {0}, step {1} to {2}")
    @MethodSource("consecutivePairs")
    void reproducesGymsStep(int run, int step, int nextStep, Printed before, Printed after) {
        double theta = Math.atan2(before.sin(), before.cos());
        assertTrue(Math.abs(after.thetaDot()) < 8, "clipped velocity: u cannot be recovered");
        double u = ((after.thetaDot() - before.thetaDot()) / DT + 15 * Math.sin(theta + Math.PI)) / 3;
        assertTrue(Math.abs(u) <= 2 + TORQUE, "gym samples torques in [-2, 2], recovered " + u);

        Pendulum pendulum = Pendulum.v0();
        double[] observation = new double[3];
        pendulum.setState(new double[] {theta, before.thetaDot()}, observation);
        double reward = pendulum.step(u, observation);

        double trigBound = ANGLE + DT * PRINTED + PRINTED;
        assertEquals(after.cos(), observation[0], trigBound, "cos theta");
        assertEquals(after.sin(), observation[1], trigBound, "sin theta");
        assertEquals(after.thetaDot(), observation[2], DOUBLE_ROUNDING, "theta dot");
        double rewardBound = 2 * Math.abs(theta) * ANGLE + ANGLE * ANGLE
                + 0.1 * (2 * Math.abs(before.thetaDot()) * PRINTED + PRINTED * PRINTED)
                + 0.001 * (2 * Math.abs(u) * TORQUE + TORQUE * TORQUE)
                + FLOAT32_SQUARE + DOUBLE_ROUNDING;
        assertEquals(after.reward(), reward, rewardBound, "reward");
    }

    static Stream<Arguments> consecutivePairs() {
        List<Arguments> pairs = new ArrayList<>();
        List<List<Printed>> runs = runs();
        for (int r = 0; r < runs.size(); r++) {
            List<Printed> run = runs.get(r);
            for (int t = 0; t + 1 < run.size(); t++) {
                pairs.add(Arguments.of(r + 1, t + 1, t + 2, run.get(t), run.get(t + 1)));
            }
        }
        return pairs.stream();
    }

    /** Consecutive printed steps; a cut-off line (the notebook truncated its output) or a blank line ends a run. */
    static List<List<Printed>> runs() {
        List<List<Printed>> runs = new ArrayList<>();
        List<Printed> current = new ArrayList<>();
        for (String line : lines()) {
            Matcher m = OBSERVATION.matcher(line.strip());
            if (m.matches()) {
                current.add(new Printed(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
            } else if (!line.startsWith("info :") && !current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private static List<String> lines() {
        var stream = TutorialTrajectoryTest.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("missing test resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
