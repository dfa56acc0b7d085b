package dqnsweep.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import dqnsweep.config.RunConfig;
import dqnsweep.io.FileDigest;
import dqnsweep.jvm.Machine;
import java.util.Map;

/**
 * The content of {@code run.json}: what was run, whether it completed, and its headline figures.
 * Fields ending in {@code seconds}, {@code per_second} or {@code _at} are timing; everything else
 * is deterministic for a given configuration, but for {@code machine} and the checksum of
 * train.csv, whose {@code elapsed_ms} is timing.
 *
 * @param files the size and SHA-256 of every other file of a complete run ({@link RunOutputs#CHECKED}),
 *     null for a failed run and for runs written before checksums
 */
public record RunSummary(
        @JsonProperty("status") String status,
        @JsonProperty("error") String error,
        @JsonProperty("config_hash") String configHash,
        @JsonProperty("config") RunConfig config,
        @JsonProperty("versions") Versions versions,
        @JsonProperty("machine") Machine machine,
        @JsonProperty("training") Training training,
        @JsonProperty("evaluation") Evaluation evaluation,
        @JsonProperty("wall_seconds") double wallSeconds,
        @JsonProperty("finished_at") String finishedAt,
        @JsonProperty("files") Map<String, FileDigest> files) {

    public static final String COMPLETE = "complete";
    public static final String FAILED = "failed";

    public boolean complete() {
        return COMPLETE.equals(status);
    }

    /** Whether a field of run.json measures time, not results: its name ends in seconds, per_second or _at. */
    public static boolean isTiming(String field) {
        return field.endsWith("seconds") || field.endsWith("per_second") || field.endsWith("_at");
    }

    /** Software the run was made with. */
    public record Versions(@JsonProperty("dqn_sweep") String dqnSweep, @JsonProperty("dl4j") String dl4j,
            @JsonProperty("java") String java) {
    }

    /** Training figures. */
    public record Training(@JsonProperty("env_steps") long envSteps,
            @JsonProperty("final_average_reward") double finalAverageReward,
            @JsonProperty("train_seconds") double trainSeconds,
            @JsonProperty("steps_per_second") double stepsPerSecond,
            @JsonProperty("eval_curve_seconds") double evalCurveSeconds) {
    }

    /**
     * Evaluation figures over all episodes (means). The pendulum figures and those against the
     * reference are null where they do not exist (another environment; no reference for it).
     *
     * @param score the run's score in its environment's unit: the mean average reward per step on the
     *     pendulums, the mean return elsewhere
     * @param solvedRate the share of episodes that succeeded by the environment's measure
     * @param optimalScore the optimum's mean score on the same starts
     * @param randomScore the uniformly random policy's
     * @param optimalityGap optimal_score minus score
     * @param normalizedScore (score - random) / (optimal - random): 0 random, 1 optimal
     */
    public record Evaluation(@JsonProperty("episodes") int episodes,
            @JsonProperty("score") double score,
            @JsonProperty("mean_steps") double meanSteps,
            @JsonProperty("mean_average_reward") double meanAverageReward,
            @JsonProperty("mean_return_200") double meanReturn200,
            @JsonProperty("mean_upright_fraction") double meanUprightFraction,
            @JsonProperty("solved_rate") double solvedRate,
            @JsonProperty("mean_return") double meanReturn,
            @JsonProperty("mean_steps_to_upright") Double meanStepsToUpright,
            @JsonProperty("mean_hold_angle") Double meanHoldAngle,
            @JsonProperty("mean_hold_torque") Double meanHoldTorque,
            @JsonProperty("optimal_score") Double optimalScore,
            @JsonProperty("random_score") Double randomScore,
            @JsonProperty("optimality_gap") Double optimalityGap,
            @JsonProperty("normalized_score") Double normalizedScore) {
    }
}
