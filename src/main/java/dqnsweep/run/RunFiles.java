package dqnsweep.run;

import dqnsweep.agent.IterationRecord;
import dqnsweep.agent.QNetwork;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.eval.PolicyMap;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Csv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The CSV and model files of one run; the column names are part of the output format. */
public final class RunFiles {

    public static final List<String> TRAIN_COLUMNS =
            List.of("iteration", "env_steps", "gradient_steps", "epsilon", "average_reward", "loss", "elapsed_ms");
    public static final List<String> EVAL_COLUMNS =
            List.of("episode", "steps", "average_reward", "return_200", "upright_fraction", "return");
    public static final List<String> POLICY_COLUMNS = List.of("theta", "theta_dot", "torque", "q_max");
    static final int POLICY_GRID = 41;

    private RunFiles() {
    }

    static void writeTrain(Path file, List<IterationRecord> iterations) throws IOException {
        AtomicFiles.writeText(file, writer -> {
            Csv csv = Csv.open(writer, TRAIN_COLUMNS);
            for (IterationRecord r : iterations) {
                csv.row(r.iteration(), r.envSteps(), r.gradientSteps(), r.epsilon(), r.averageReward(), r.loss(),
                        r.elapsedMillis());
            }
            csv.flush();
        });
    }

    public static void writeEval(Path file, List<EpisodeResult> episodes) throws IOException {
        AtomicFiles.writeText(file, writer -> {
            Csv csv = Csv.open(writer, EVAL_COLUMNS);
            for (EpisodeResult e : episodes) {
                csv.row(e.episode(), e.steps(), e.averageReward(), e.return200(), e.uprightFraction(),
                        e.totalReturn());
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
        AtomicFiles.write(file, temporary -> network.save(temporary.toFile(), ConfigHash.json(config)));
    }
}
