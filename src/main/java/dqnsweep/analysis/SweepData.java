package dqnsweep.analysis;

import dqnsweep.analysis.RunRow.RunKey;
import dqnsweep.analysis.RunRow.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A results folder read into memory: every run's row and the evaluation episodes of each
 * complete run. A run marked complete whose eval.csv cannot be read is reported as failed.
 *
 * @param problems things the reader noticed that the report should show
 */
public record SweepData(ResultsFolder folder, List<RunRow> runs, Map<RunKey, EvalEpisodes> evals, List<String> problems) {

    public static SweepData load(ResultsFolder folder) throws IOException {
        List<String> problems = new ArrayList<>();
        List<RunRow> runs = new ArrayList<>();
        Map<RunKey, EvalEpisodes> evals = new LinkedHashMap<>();
        for (RunRow row : folder.runs(problems)) {
            if (row.status() != Status.COMPLETE) {
                runs.add(row);
                continue;
            }
            try {
                EvalEpisodes eval = folder.eval(row.key());
                if (eval.size() == 0 || !Double.isFinite(eval.score())) {
                    throw new IOException("no finite evaluation episodes");
                }
                evals.put(row.key(), eval);
                runs.add(row);
            } catch (IOException | RuntimeException e) {
                String reason = "marked complete, but eval.csv is unusable: " + ResultsFolder.firstLine(e.getMessage());
                problems.add("run " + row.cell() + " seed " + row.seed() + " " + reason);
                runs.add(asFailed(row, reason));
            }
        }
        return new SweepData(folder, runs, evals, problems);
    }

    public SweepInfo sweep() {
        return folder.sweep();
    }

    public List<RunRow> runsOf(String cell) {
        return runs.stream().filter(r -> r.cell().equals(cell)).toList();
    }

    public long count(Status status) {
        return runs.stream().filter(r -> r.status() == status).count();
    }

    private static RunRow asFailed(RunRow row, String reason) {
        return new RunRow(row.cell(), row.seed(), Status.FAILED, row.evalAverageReward(), row.evalReturn200(),
                row.evalUprightFraction(), row.evalSolvedRate(), row.trainFinalReward(), row.envSteps(),
                row.trainSeconds(), row.wallSeconds(), row.stepsPerSecond(), reason);
    }
}
