package dqnsweep.analysis;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The sweep's statistics files, {@code aggregate.csv} (one row per cell) and {@code summary.json}
 * (cells and comparisons), computed from {@code summary.csv} and each run's {@code eval.csv}.
 * The sweep runner calls {@link #write(Path)} when it finishes; {@code dqn-sweep report} calls it
 * again with the charts and the HTML page.
 */
public final class Aggregates {

    private Aggregates() {
    }

    /** Reads the results folder and writes aggregate.csv and summary.json into it, each atomically. */
    public static void write(Path resultsDir) throws IOException {
        write(resultsDir, AnalysisSettings.DEFAULT);
    }

    public static void write(Path resultsDir, AnalysisSettings settings) throws IOException {
        write(Analysis.of(SweepData.load(ResultsFolder.open(resultsDir)), settings));
    }

    public static void write(Analysis analysis) throws IOException {
        Path dir = analysis.data().folder().dir();
        AggregateCsv.write(analysis, dir.resolve(AggregateCsv.FILE));
        SummaryJson.write(analysis, dir.resolve(SummaryJson.FILE));
    }
}
