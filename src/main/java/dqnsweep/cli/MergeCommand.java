package dqnsweep.cli;

import dqnsweep.io.SweepLock;
import dqnsweep.sweep.Merge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dqn-sweep merge OUT DIR...}: joins the results folders of a sharded sweep. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the results folders of one sweep's shards (--shard I/N) into OUT, then write "
                + "summary.csv and aggregate.csv over all runs. Refuses folders of different specs or settings.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "Folder to merge into (new, empty, or a results folder of the same sweep).")
    private Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "DIR", description = "Results folders of the shards.")
    private List<Path> dirs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> words = new ArrayList<>(List.of("dqn-sweep", "merge", out.toString()));
        dirs.forEach(dir -> words.add(dir.toString()));
        SweepLock.refuseWhileRunning(out, "merge");
        dirs.forEach(dir -> SweepLock.refuseWhileRunning(dir, "merge"));
        Merge.Result result = Merge.merge(out, dirs, String.join(" ", words));
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf("merge: %d runs: %d complete, %d failed, %s%d missing (%d copied); results in %s%n",
                result.runs(), result.complete(), result.failed(),
                result.corrupt() > 0 ? result.corrupt() + " corrupt, " : "", result.missing(), result.copied(), out);
        writer.flush();
        return result.failed() == 0 && result.corrupt() == 0 && result.missing() == 0 ? ExitCodes.OK
                : ExitCodes.RUN_FAILED;
    }
}
