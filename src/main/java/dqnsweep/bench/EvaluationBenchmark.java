package dqnsweep.bench;

import dqnsweep.config.Algo;
import dqnsweep.config.RunConfig;
import dqnsweep.io.AtomicFiles;
import dqnsweep.reference.PendulumOptimum;
import dqnsweep.reference.Reference;
import dqnsweep.reference.ReferenceCache;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunSummary;
import dqnsweep.run.TrainingProgress;
import dqnsweep.spec.ConfigResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * What measuring costs: the reference's computation (time and heap per bins value) and the
 * greedy evaluations during training (their share of a run, on the default sweep's three
 * training lengths, which it runs 15 times each).
 */
final class EvaluationBenchmark {

    private EvaluationBenchmark() {
    }

    /** The optimum of the default evaluation for bins 10, 20 and 40, frame skip 2, computed afresh. */
    static void reference() {
        System.out.println();
        System.out.println("## The reference: the optimum of the default evaluation (100 starts x 250 steps), computed afresh");
        System.out.println("| bins | frame skip | seconds | peak heap MB | optimal avg reward/step | random |");
        System.out.println("|---|---|---|---|---|---|");
        for (int bins : new int[] {10, 20, 40}) {
            RunConfig config = ConfigResolver.with(ConfigResolver.builtIn(Algo.DQN), "bins", bins);
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            Reference reference = PendulumOptimum.standard().compute(RunExecutor.referenceKey(config)).orElseThrow();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %d | %.4f | %.3f |%n", bins, config.actionRepeat(),
                    seconds, peakHeapMegabytes(), reference.meanOptimalAverageReward(),
                    reference.meanRandomAverageReward());
        }
    }

    /** The evaluation curves' share of run time: bins 20, seed 1, 100, 1,000 and 10,000 iterations. */
    static void curves() {
        System.out.println();
        System.out.println("## Evaluation during training (eval_points 10 x 20 episodes): its share of a run");
        System.out.println("| iterations | run seconds | curve seconds | share |");
        System.out.println("|---|---|---|---|");
        try {
            Path folder = Files.createTempDirectory("dqn-sweep-bench");
            try {
                ReferenceCache references = ReferenceCache.standard(folder.resolve("references"));
                double runSeconds = 0;
                double curveSeconds = 0;
                for (int iterations : new int[] {100, 1000, 10_000}) {
                    RunConfig config = ConfigResolver.with(ConfigResolver.builtIn(Algo.DQN), "iterations", iterations);
                    references.get(RunExecutor.referenceKey(config));
                    RunSummary summary = new RunExecutor(Clock.systemUTC(), references)
                            .execute(config, folder.resolve("run-" + iterations), TrainingProgress.NONE);
                    double curve = summary.training().evalCurveSeconds();
                    runSeconds += summary.wallSeconds();
                    curveSeconds += curve;
                    System.out.printf(Locale.ROOT, "| %,d | %.1f | %.2f | %.1f%% |%n", iterations,
                            summary.wallSeconds(), curve, 100 * curve / summary.wallSeconds());
                }
                System.out.printf(Locale.ROOT, "| the default sweep (15 runs of each) | %.1f | %.2f | %.1f%% |%n",
                        15 * runSeconds, 15 * curveSeconds, 100 * curveSeconds / runSeconds);
            } finally {
                AtomicFiles.deleteTree(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
