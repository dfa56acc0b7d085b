package dqnsweep.run;

import dqnsweep.agent.IterationRecord;
import dqnsweep.agent.ModelFile;
import dqnsweep.agent.QNetwork;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.eval.PolicyMap;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Csv;
import dqnsweep.reference.Reference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The CSV and model files of one run; the column names are part of the output format. */
public final class RunFiles {

    public static final List<String> TRAIN_COLUMNS =
            List.of("iteration", "env_steps", "gradient_steps", "epsilon", "learning_rate", "average_reward", "loss",
                    "elapsed_ms");
    public static final List<String> EVAL_COLUMNS = List.of("episode", "steps", "average_reward", "return_200",
            "upright_fraction", "return", "steps_to_upright", "hold_angle", "hold_torque", "optimal_average_reward",
            "random_average_reward", "success");
    public static final List<String> EVAL_CURVE_COLUMNS = List.of("env_steps", "gradient_steps", "iteration", "score",
            "return_200", "optimal_score", "optimality_gap", "normalized_score");
    public static final List<String> POLICY_COLUMNS = List.of("theta", "theta_dot", "torque", "q_max");
    /** Columns of a run's CSV files that measure wall time, not results. */
    public static final Set<String> TIMING_COLUMNS = Set.of("elapsed_ms");
    static final int POLICY_GRID = 41;

    private RunFiles() {
    }

    static void writeTrain(Path file, List<IterationRecord> iterations, RunConfig config) throws IOException {
        AtomicFiles.writeText(file, writer -> {
            Csv csv = Csv.open(writer, TRAIN_COLUMNS);
            for (IterationRecord r : iterations) {
                csv.row(r.iteration(), r.envSteps(), r.gradientSteps(), r.epsilon(),
                        learningRate(config, r.gradientSteps()), r.averageReward(), r.loss(), r.elapsedMillis());
            }
            csv.flush();
        });
    }

    /**
     * Adam's step size for the next gradient step: the schedule QNetwork gives DL4J, learning_rate
     * times 0.5^(gradient steps / learning_rate_half_life), or constant without a half-life.
     */
    static double learningRate(RunConfig config, long gradientSteps) {
        return config.learningRateHalfLife() == 0 ? config.learningRate()
                : config.learningRate() * Math.pow(Math.pow(0.5, 1.0 / config.learningRateHalfLife()), gradientSteps);
    }

    /** One row per episode; the reference's columns are empty where there is none. */
    public static void writeEval(Path file, List<EpisodeResult> episodes, Optional<Reference> reference)
            throws IOException {
        AtomicFiles.writeText(file, writer -> {
            Csv csv = Csv.open(writer, EVAL_COLUMNS);
            for (EpisodeResult e : episodes) {
                int k = e.episode() - 1;
                csv.row(e.episode(), e.steps(), e.averageReward(), e.return200(), e.uprightFraction(),
                        e.totalReturn(), e.stepsToUpright(), e.holdAngle(), e.holdTorque(),
                        reference.map(r -> r.optimalAverageReward()[k]).orElse(null),
                        reference.map(r -> r.randomAverageReward()[k]).orElse(null), e.success() ? 1 : 0);
            }
            csv.flush();
        });
    }

    /** One row per evaluation point; the reference's columns are empty where there is none. */
    static void writeEvalCurve(Path file, List<EvalCurve.Point> points, Optimum optimum) throws IOException {
        AtomicFiles.writeText(file, writer -> {
            Csv csv = Csv.open(writer, EVAL_CURVE_COLUMNS);
            for (EvalCurve.Point p : points) {
                csv.row(p.envSteps(), p.gradientSteps(), p.iteration(), p.score(), p.return200(), optimum.optimal(),
                        optimum.gap(p.score()), optimum.normalized(p.score()));
            }
            csv.flush();
        });
    }

    /** The greedy policy over the pendulum's state plane; the other environments have no such picture. */
    static void writePolicy(Path file, QNetwork network, RunConfig config) throws IOException {
        if (!config.env().pendulum()) {
            return;
        }
        PolicyMap.Point[] points = PolicyMap.compute(network, config, POLICY_GRID, POLICY_GRID);
        AtomicFiles.writeText(file, writer -> {
            Csv csv = Csv.open(writer, POLICY_COLUMNS);
            for (PolicyMap.Point p : points) {
                csv.row(p.theta(), p.thetaDot(), p.torque(), p.value());
            }
            csv.flush();
        });
    }

    static void writeModel(Path file, QNetwork network, RunConfig config) throws IOException {
        AtomicFiles.write(file, temporary -> ModelFile.write(temporary, network, ConfigHash.json(config)));
    }
}
