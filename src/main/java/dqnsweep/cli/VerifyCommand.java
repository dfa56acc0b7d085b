package dqnsweep.cli;

import dqnsweep.grid.RunPlan;
import dqnsweep.reference.ReferenceCache;
import dqnsweep.run.ReferenceFolders;
import dqnsweep.run.RunExecutor;
import dqnsweep.sweep.Verify;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dqn-sweep verify RESULTS [--sample N | --all]}: re-runs finished runs and compares their files. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Run finished runs of a results folder again, in a temporary folder, and compare their files "
                + "with the originals: CSV files byte for byte (timing columns aside), run.json (timing and machine "
                + "aside), model.zip byte for byte. Exit 0 when every run is identical, 1 when one differs.",
            "Default: one run per cell, chosen from the run list alone."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS", description = "A sweep's results folder, e.g. results/pendulum.")
    private Path results;

    @ArgGroup(exclusive = true)
    private Which which = new Which();

    static final class Which {
        @Option(names = "--sample", paramLabel = "N", description = "Verify N runs, spread over the cells.")
        Integer sample;

        @Option(names = "--all", description = "Verify every complete run.")
        boolean all;
    }

    @Override
    public Integer call() throws IOException {
        RunExecutor executor = new RunExecutor(Clock.systemUTC(),
                ReferenceCache.standard(ReferenceFolders.forSweep(results)));
        Verify verify = Verify.open(results, executor);
        List<RunPlan> chosen = which.all ? verify.complete()
                : verify.sample(which.sample != null ? which.sample : verify.cells());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("verify: %d of %d complete runs of %s, each run again here%n", chosen.size(),
                verify.complete().size(), results);
        out.flush();
        Map<RunPlan, String> corrupt = verify.corrupt();
        List<String> different = new ArrayList<>();
        corrupt.forEach((plan, problem) -> {
            if (!chosen.contains(plan)) {
                out.printf("%s: corrupt, not run again: %s%n", plan.relativeFolder(), problem);
                different.add(plan.relativeFolder().toString());
            }
        });
        List<Verify.Verdict> verdicts = verify.verify(chosen, verdict -> print(out, verdict));
        verdicts.stream().filter(v -> !v.identical()).forEach(v -> different.add(v.plan().relativeFolder().toString()));
        long unrecorded = verify.unrecorded();
        if (unrecorded > 0) {
            out.printf("verify: note: %d run%s here predate%s checksums and deterministic model files: %s files "
                    + "cannot be checked and %s model.zip cannot match byte for byte%n", unrecorded,
                    unrecorded == 1 ? "" : "s", unrecorded == 1 ? "s" : "", unrecorded == 1 ? "its" : "their",
                    unrecorded == 1 ? "its" : "their");
        }
        int checked = verdicts.size() + (int) corrupt.keySet().stream().filter(plan -> !chosen.contains(plan)).count();
        if (different.isEmpty()) {
            out.printf("verify: %d of %d runs identical%s%n", verdicts.size(), verdicts.size(),
                    verdicts.size() < verify.complete().size() ? "; the files of the other "
                            + (verify.complete().size() - verdicts.size()) + " complete runs match their checksums"
                            + (unrecorded > 0 ? " where they have them" : "") : "");
        } else {
            out.printf("verify: %d of %d runs different: %s%n", different.size(), checked, String.join(", ", different));
        }
        out.flush();
        return different.isEmpty() ? ExitCodes.OK : ExitCodes.RUN_FAILED;
    }

    private static void print(PrintWriter out, Verify.Verdict verdict) {
        out.printf("%s: %s%n", verdict.plan().relativeFolder(), verdict.identical() ? "identical"
                : "different: " + String.join(", ", verdict.different()));
        verdict.corruption().ifPresent(problem -> out.printf("  the original is corrupt: %s%n", problem));
        out.printf("  original: %s%n", Verify.madeWith(verdict.original()));
        out.printf("  re-run: %s%n", Verify.madeWith(verdict.rerun()));
        out.flush();
    }
}
