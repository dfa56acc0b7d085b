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
 * complete run. A run marked complete whose files do not match the checksums in its run.json is
 * corrupt (not scored); one whose eval.csv cannot be read is reported as failed.
 *
 * @param problems things the reader noticed that the report should show
 */
public record SweepData(ResultsFolder folder, List<RunRow> runs, Map<RunKey, EvalEpisodes> evals, List<String> problems) {

    public static SweepData load(ResultsFolder folder) throws IOException {
        List<String> problems = new ArrayList<>();
        List<RunRow> runs = new ArrayList<>();
        Map<RunKey, EvalEpisodes> evals = new LinkedHashMap<>();
        int unrecorded = 0;
        for (RunRow listed : folder.runs(problems)) {
            RunRow row = listed;
            if (row.status() == Status.COMPLETE || row.status() == Status.CORRUPT) {
                ResultsFolder.Checksums checksums = folder.checksums(row.key());
                if (!checksums.recorded()) {
                    unrecorded += row.status() == Status.COMPLETE ? 1 : 0;
                } else if (checksums.problem().isPresent()) {
                    row = row.with(Status.CORRUPT, checksums.problem().get());
                } else if (row.status() == Status.CORRUPT) {
                    row = row.with(Status.COMPLETE, "");
                }
            }
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
        if (unrecorded > 0) {
            problems.add(unrecorded + (unrecorded == 1 ? " run predates checksums: its run.json records"
                    : " runs predate checksums: their run.json records") + " no sizes and SHA-256 of the files, so "
                    + "those were read unchecked");
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
        return row.with(Status.FAILED, reason);
    }
}
