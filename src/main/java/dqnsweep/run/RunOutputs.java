package dqnsweep.run;

import java.nio.file.Path;
import java.util.List;

/**
 * Every file of one run's folder. {@code run.json} is written last: a run is complete only when
 * it says so, with the configuration hash it was trained under.
 */
public record RunOutputs(Path folder) {

    public static final String TRAIN = "train.csv";
    public static final String EVAL = "eval.csv";
    public static final String EVAL_CURVE = "eval_curve.csv";
    public static final String TRAJECTORY = "trajectory.csv";
    public static final String WORST_EPISODES = "worst_episodes.csv";
    public static final String POLICY = "policy.csv";
    public static final String MODEL = "model.zip";
    public static final String SUMMARY = "run.json";
    public static final String ERROR = "error.txt";
    /** Every file a run may write, {@code run.json} last: the order to copy them in. */
    public static final List<String> FILES = List.of(TRAIN, EVAL, EVAL_CURVE, TRAJECTORY, WORST_EPISODES, POLICY,
            MODEL, ERROR, SUMMARY);
    /** The files of a complete run whose size and SHA-256 its run.json records. */
    public static final List<String> CHECKED = List.of(TRAIN, EVAL, EVAL_CURVE, TRAJECTORY, WORST_EPISODES, POLICY,
            MODEL);

    public Path train() {
        return folder.resolve(TRAIN);
    }

    public Path eval() {
        return folder.resolve(EVAL);
    }

    public Path evalCurve() {
        return folder.resolve(EVAL_CURVE);
    }

    public Path trajectory() {
        return folder.resolve(TRAJECTORY);
    }

    public Path worstEpisodes() {
        return folder.resolve(WORST_EPISODES);
    }

    public Path policy() {
        return folder.resolve(POLICY);
    }

    public Path model() {
        return folder.resolve(MODEL);
    }

    public Path summary() {
        return folder.resolve(SUMMARY);
    }

    public Path error() {
        return folder.resolve(ERROR);
    }
}
