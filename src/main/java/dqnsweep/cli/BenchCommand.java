package dqnsweep.cli;

import dqnsweep.bench.Benchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dqn-sweep bench}: the measured figures of the README (developers; {@code make bench}). */
@Command(name = "bench", hidden = true, description = "Measure DL4J call costs, training speed, the update trade-off, memory and worker scaling.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SECTION", arity = "0..*", description = "calls, speed, tradeoff, memory, reference, curves, workers (default: these seven); "
            + "sweep-workers: the default sweep on 1 and 2 workers (~14 minutes).")
    private List<String> sections = new ArrayList<>();

    @Override
    public Integer call() {
        Benchmark.run(sections);
        return ExitCodes.OK;
    }
}
