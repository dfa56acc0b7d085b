package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Csv;
import dqnsweep.run.ConfigHash;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunIntegrity;
import dqnsweep.run.RunSummary;
import dqnsweep.spec.ConfigResolver;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code summary.csv}: one row per planned run, read back from the runs' own {@code run.json}
 * files. Derived from what is on disk, it is the same after a resumed sweep as after an
 * uninterrupted one.
 */
public final class SummaryCsv {

    public static final String FILE = "summary.csv";
    public static final String COMPLETE = "complete";
    public static final String FAILED = "failed";
    /** Complete, but its files are not those its run.json recorded: not scored, done again on resume. */
    public static final String CORRUPT = "corrupt";
    public static final String MISSING = "missing";

    private static final List<String> RESULT_COLUMNS = List.of("status", "eval_score", "eval_average_reward",
            "eval_return_200", "eval_upright_fraction", "eval_solved_rate", "eval_return", "eval_mean_steps",
            "eval_optimality_gap", "eval_normalized_score",
            "eval_steps_to_upright", "eval_hold_angle", "eval_hold_torque", "train_final_reward", "env_steps",
            "train_seconds", "wall_seconds", "steps_per_second", "error");

    private SummaryCsv() {
    }

    public static void write(Path root, List<String> axes, List<RunPlan> plans) throws IOException {
        AtomicFiles.writeString(root.resolve(FILE), render(root, axes, plans));
    }

    /** The content of summary.csv as the runs on disk are now. */
    public static String render(Path root, List<String> axes, List<RunPlan> plans) throws IOException {
        List<String> header = new ArrayList<>(List.of("cell", "seed"));
        header.addAll(axes);
        header.addAll(RESULT_COLUMNS);
        StringWriter text = new StringWriter();
        Csv csv = Csv.open(text, header);
        for (RunPlan plan : plans) {
            csv.row(row(root, axes, plan).toArray());
        }
        csv.flush();
        return text.toString();
    }

    private static List<Object> row(Path root, List<String> axes, RunPlan plan) {
        List<Object> row = new ArrayList<>(List.of(plan.cell().id(), plan.seed()));
        // From the resolved configuration: a partial include entry leaves some axes at their base value.
        var settings = ConfigResolver.toTree(plan.config());
        for (String axis : axes) {
            row.add(settings.get(axis).asText());
        }
        Path folder = root.resolve(plan.relativeFolder());
        RunSummary summary = RunExecutor.readSummary(folder);
        if (summary == null || !ConfigHash.of(plan.config()).equals(summary.configHash())) {
            row.add(MISSING);
            while (row.size() < axes.size() + 2 + RESULT_COLUMNS.size()) {
                row.add(null);
            }
            return row;
        }
        Optional<String> corruption = summary.complete() ? RunIntegrity.problem(folder, summary) : Optional.empty();
        row.add(!summary.complete() ? FAILED : corruption.isPresent() ? CORRUPT : COMPLETE);
        RunSummary.Evaluation eval = summary.evaluation();
        RunSummary.Training training = summary.training();
        if (eval != null && training != null) {
            row.addAll(Arrays.asList(eval.score(), eval.meanAverageReward(), eval.meanReturn200(),
                    eval.meanUprightFraction(), eval.solvedRate(), eval.meanReturn(), eval.meanSteps(),
                    eval.optimalityGap(), eval.normalizedScore(),
                    eval.meanStepsToUpright(), eval.meanHoldAngle(), eval.meanHoldTorque(), training.finalAverageReward(),
                    training.envSteps(), training.trainSeconds(), summary.wallSeconds(), training.stepsPerSecond()));
        } else {
            // A failed run: only its wall time is known.
            while (row.size() < axes.size() + 2 + RESULT_COLUMNS.size() - 1) {
                row.add(row.size() == axes.size() + 2 + RESULT_COLUMNS.indexOf("wall_seconds") ? summary.wallSeconds()
                        : null);
            }
        }
        row.add(corruption.orElse(summary.error()));
        return row;
    }
}
