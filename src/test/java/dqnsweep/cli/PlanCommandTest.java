package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlanCommandTest {

    private record Result(int exitCode, String out, String err) {
        List<String> lines() {
            return Arrays.asList(out.split("\\R"));
        }
    }

    private static Result plan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "plan";
        System.arraycopy(args, 0, full, 1, args.length);
        int exitCode = commandLine.execute(full);
        return new Result(exitCode, out.toString(), err.toString());
    }

    @Test
    void printsEveryCellTotalsAndAnEstimate() {
        Result result = plan("experiments/quick.yaml", "--workers", "1");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        assertTrue(result.lines().get(0).startsWith("quick (experiments/quick.yaml): "), result.out());
        assertTrue(result.lines().contains("output folder: results/quick"), result.out());
        List<String> cellLines = result.lines().stream().filter(line -> line.startsWith("bins=")).toList();
        assertEquals(4, cellLines.size(), result.out());
        assertEquals(List.of("bins=10_iterations=20", "bins=10_iterations=40", "bins=20_iterations=20",
                "bins=20_iterations=40"), cellLines.stream().map(line -> line.split("\\s+")[0]).toList());
        assertEquals(List.of("bins=10_iterations=20", "1,2", "7,500", "15,000"), Arrays.asList(cellLines.get(0).split("\\s+")));
        assertTrue(result.lines().contains(
                "total: 4 cells, 8 runs, 80,000 environment steps (training 60,000 + evaluation 20,000)"), result.out());
        assertTrue(result.lines().contains(
                "estimated wall time: 14s with 1 worker (per worker: dqn 2.10 ms per gradient step + 1.7 us per environment step)"), result.out());
    }

    @Test
    void onlySelectsCells() {
        Result result = plan("experiments/pendulum.yaml", "--only", "bins=20,iterations=100", "--workers", "2");
        assertEquals(0, result.exitCode(), result.err());
        List<String> cellLines = result.lines().stream().filter(line -> line.startsWith("bins=")).toList();
        assertEquals(1, cellLines.size(), result.out());
        assertTrue(cellLines.get(0).startsWith("bins=20_iterations=100 "), result.out());
        assertTrue(cellLines.get(0).contains("1..5"), result.out());
        assertTrue(result.lines().contains(
                "total: 1 cell, 5 runs, 250,000 environment steps (training 125,000 + evaluation 125,000)"), result.out());
    }

    @Test
    void setOverridesEveryRun() {
        Result result = plan("experiments/quick.yaml", "--set", "eval_episodes=1", "--set", "steps_per_sequence=100");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.lines().contains(
                "total: 4 cells, 8 runs, 26,000 environment steps (training 24,000 + evaluation 2,000)"), result.out());
        assertTrue(result.out().contains("built-in defaults < base < grid values < --set eval_episodes=1 "
                + "steps_per_sequence=100"), result.out());
    }

    @Test
    void badSpecExitsTwoWithTheLocatedMessage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "name: bad\ngrid:\n  bins: [1, 20]\n");
        Result result = plan(file.toString());
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertEquals("dqn-sweep: " + file + ":3:10: grid.bins[0]: bins must be at least 2, got 1 (cell bins=1)",
                result.err().strip());
        assertEquals("", result.out());
    }

    @Test
    void badCommandLineExitsTwo() {
        assertEquals("dqn-sweep: --set seed: a sweep's seeds come from seeds: in the spec; each run's seed is the seed "
                + "value itself", plan("experiments/quick.yaml", "--set", "seed=3").err().strip());
        Result notAxis = plan("experiments/quick.yaml", "--only", "gamma=0.9");
        assertEquals(ExitCodes.BAD_INPUT, notAxis.exitCode());
        assertTrue(notAxis.err().contains("gamma is not a grid axis"), notAxis.err());
        Result missing = plan("experiments/nope.yaml");
        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().startsWith("dqn-sweep: experiments/nope.yaml: no such file (specs in experiments: "),
                missing.err());
        assertEquals(ExitCodes.BAD_INPUT, plan("experiments/quick.yaml", "--workers", "0").exitCode());
    }

    @Test
    void durationsReadAtAGlance() {
        assertEquals("0s", PlanCommand.format(Duration.ZERO));
        assertEquals("1s", PlanCommand.format(Duration.ofMillis(1)));
        assertEquals("59s", PlanCommand.format(Duration.ofSeconds(59)));
        assertEquals("12m 5s", PlanCommand.format(Duration.ofSeconds(725)));
        assertEquals("3h 20m", PlanCommand.format(Duration.ofMinutes(200)));
        assertEquals("2d 4h", PlanCommand.format(Duration.ofHours(52)));
    }
}
