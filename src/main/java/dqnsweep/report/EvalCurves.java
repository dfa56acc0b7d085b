package dqnsweep.report;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.EvalCurveRows;
import dqnsweep.analysis.ResultsFolder;
import dqnsweep.analysis.RunRow;
import dqnsweep.analysis.RunRow.RunKey;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The eval_curve.csv of every scored run, read once for the first screen (the update budget) and
 * the sample-efficiency chart. A run without the file (written before it existed) is left out.
 */
record EvalCurves(Map<RunKey, EvalCurveRows> runs) {

    static EvalCurves load(Analysis analysis, List<String> problems) {
        Map<RunKey, EvalCurveRows> runs = new LinkedHashMap<>();
        for (CellSummary cell : analysis.cells()) {
            for (RunRow run : cell.runs()) {
                if (!analysis.data().evals().containsKey(run.key())) {
                    continue;
                }
                try {
                    EvalCurveRows rows = analysis.data().folder().evalCurve(run.key());
                    if (rows != null && rows.size() > 0) {
                        runs.put(run.key(), rows);
                    }
                } catch (IOException | RuntimeException e) {
                    problems.add("run " + run.cell() + " seed " + run.seed() + ": eval_curve.csv not read ("
                            + ResultsFolder.firstLine(e.getMessage()) + ")");
                }
            }
        }
        return new EvalCurves(runs);
    }

    /** The cell's mean number of gradient steps per run, if any of its runs has a curve. */
    OptionalDouble gradientSteps(CellSummary cell) {
        return cell.runs().stream().map(r -> runs.get(r.key())).filter(r -> r != null)
                .mapToDouble(EvalCurveRows::finalGradientSteps).filter(Double::isFinite).average();
    }

    OptionalDouble envSteps(CellSummary cell) {
        return cell.runs().stream().map(r -> runs.get(r.key())).filter(r -> r != null)
                .mapToDouble(EvalCurveRows::finalEnvSteps).filter(Double::isFinite).average();
    }
}
