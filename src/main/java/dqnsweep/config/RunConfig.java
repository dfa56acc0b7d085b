package dqnsweep.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dqnsweep.sim.ActionSet;
import dqnsweep.sim.EnvName;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;

/**
 * Every setting of one training run, typed and validated. Users write the snake_case names in
 * specs and in {@code --set key=value}; the built-in values are in {@code dqnsweep/spec/defaults.yaml}.
 * A setting the run's algorithm does not use is null, and absent from the run's JSON: the
 * dqn-only settings for the notebook algorithm, {@code amax_quirk} for dqn.
 *
 * @param env simulator: pendulum (gym Pendulum-v0), pendulum-v1 (Gymnasium) or cartpole
 * @param algo notebook (the tutorial's algorithm) or dqn
 * @param bins pendulums only: number of torque bins, linspace(-2, 2, bins); the other environments have gym's
 *     discrete actions
 * @param iterations training budget in sequences (episodes) of up to steps_per_sequence environment steps; null
 *     when the budget is total_steps
 * @param totalSteps training budget in environment steps, the alternative to iterations (published budgets are
 *     in steps): sequences are played until the steps are done
 * @param stepsPerSequence environment steps in one training sequence (tutorial: 250)
 * @param seed seed of everything random in the run (start states, exploration, sampling, weights)
 * @param layer1Units units of the first hidden ReLU layer
 * @param layer2Units units of the second hidden ReLU layer
 * @param learningRate Adam step size at the start of training
 * @param learningRateHalfLife gradient steps over which the Adam step size halves, so long runs learn fast
 *     early and settle late while short runs keep nearly the full step size (0: constant)
 * @param adamBeta1 Adam first-moment decay
 * @param adamBeta2 Adam second-moment decay
 * @param adamEpsilon Adam denominator guard (Keras's default 1e-7)
 * @param loss mse or huber (delta 1) on the temporal-difference error
 * @param gamma discount factor
 * @param epsilonSchedule exponential (per sequence, the tutorial's) or linear (per environment step)
 * @param epsilonStart exploration rate at the start
 * @param epsilonEnd exploration floor
 * @param epsilonDecay factor applied once per sequence by the exponential schedule
 * @param epsilonFraction share of all environment steps over which the linear schedule falls
 * @param amaxQuirk notebook only: exploit with the largest Q-value itself as the torque, as the tutorial's np.amax does
 * @param parallelEnvs dqn only: environments stepped in lockstep, so one network call serves them all
 * @param replayCapacity dqn only: transitions kept in the replay buffer
 * @param batchSize dqn only: transitions per gradient step
 * @param learningStarts dqn only: environment steps collected before the first gradient step
 * @param trainEvery dqn only: environment steps between training events
 * @param gradientSteps dqn only: gradient steps per training event
 * @param maxGradientSteps dqn only: budget of gradient steps for the whole run; long runs train less often
 *     (every max(train_every, steps * gradient_steps / max_gradient_steps) environment steps) so their cost
 *     grows with the environment steps only, not with the updates
 * @param targetUpdate dqn only: copy (hard, every target_interval gradient steps) or polyak (every step)
 * @param targetInterval dqn only: gradient steps between hard target copies
 * @param polyakTau dqn only: share of the online weights blended into the target per gradient step
 * @param doubleDqn dqn only: choose the next action with the online network, value it with the target
 * @param nStep dqn only: decisions each stored transition spans (n-step returns): its reward is their
 *     discounted sum and it bootstraps gamma^n later; 1 is plain DQN
 * @param advantageLearning dqn only: weight alpha of advantage learning (Bellemare et al. 2016): each target
 *     loses alpha times the target network's action gap at s, so the greedy action stands out by gaps
 *     up to 1 / (1 - alpha) times larger than the network's error; alpha rises linearly from 0 over the
 *     update budget (max_gradient_steps); 0 is plain DQN
 * @param frameSkip dqn only: environment steps each chosen action is repeated for (action repeat)
 * @param rewardScale dqn only: factor on rewards before learning, so Q-values stay near the network's natural scale
 * @param evalEpisodes greedy evaluation episodes after training
 * @param evalSteps environment steps per evaluation episode
 * @param evalSeed seed of the evaluation start states, the same for every run so runs compare on identical starts
 * @param evalPoints greedy evaluations during training, evenly spaced over its environment steps, the last at
 *     its end (eval_curve.csv); at most {@link #maxEvalPoints()}
 * @param evalCurveEpisodes episodes of each of those evaluations: the first of the evaluation start states
 */
@JsonPropertyOrder(alphabetic = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunConfig(
        @JsonProperty("env") EnvName env,
        @JsonProperty("algo") Algo algo,
        @JsonProperty("bins") Integer bins,
        @JsonProperty("iterations") Integer iterations,
        @JsonProperty("total_steps") Long totalSteps,
        @JsonProperty("steps_per_sequence") int stepsPerSequence,
        @JsonProperty("seed") long seed,
        @JsonProperty("layer1_units") int layer1Units,
        @JsonProperty("layer2_units") int layer2Units,
        @JsonProperty("learning_rate") double learningRate,
        @JsonProperty("learning_rate_half_life") int learningRateHalfLife,
        @JsonProperty("adam_beta1") double adamBeta1,
        @JsonProperty("adam_beta2") double adamBeta2,
        @JsonProperty("adam_epsilon") double adamEpsilon,
        @JsonProperty("loss") Loss loss,
        @JsonProperty("gamma") double gamma,
        @JsonProperty("epsilon_schedule") EpsilonSchedule epsilonSchedule,
        @JsonProperty("epsilon_start") double epsilonStart,
        @JsonProperty("epsilon_end") double epsilonEnd,
        @JsonProperty("epsilon_decay") double epsilonDecay,
        @JsonProperty("epsilon_fraction") double epsilonFraction,
        @JsonProperty("amax_quirk") Boolean amaxQuirk,
        @JsonProperty("parallel_envs") Integer parallelEnvs,
        @JsonProperty("replay_capacity") Integer replayCapacity,
        @JsonProperty("batch_size") Integer batchSize,
        @JsonProperty("learning_starts") Integer learningStarts,
        @JsonProperty("train_every") Integer trainEvery,
        @JsonProperty("gradient_steps") Integer gradientSteps,
        @JsonProperty("max_gradient_steps") Integer maxGradientSteps,
        @JsonProperty("target_update") TargetUpdate targetUpdate,
        @JsonProperty("target_interval") Integer targetInterval,
        @JsonProperty("polyak_tau") Double polyakTau,
        @JsonProperty("double_dqn") Boolean doubleDqn,
        @JsonProperty("n_step") Integer nStep,
        @JsonProperty("advantage_learning") Double advantageLearning,
        @JsonProperty("frame_skip") Integer frameSkip,
        @JsonProperty("reward_scale") Double rewardScale,
        @JsonProperty("eval_episodes") int evalEpisodes,
        @JsonProperty("eval_steps") int evalSteps,
        @JsonProperty("eval_seed") long evalSeed,
        @JsonProperty("eval_points") int evalPoints,
        @JsonProperty("eval_curve_episodes") int evalCurveEpisodes) {

    public RunConfig {
        require(env != null, "env", "is required");
        require(algo != null, "algo", "is required (notebook or dqn)");
        require(loss != null, "loss", "is required (mse or huber)");
        require(epsilonSchedule != null, "epsilon_schedule", "is required (exponential or linear)");
        require(env.pendulum() == (bins != null), "bins", env.pendulum() ? "is required for " + env
                : "does not apply to " + env + ", whose actions are gym's discrete ones");
        require(bins == null || bins >= 2, "bins", "must be at least 2, got " + bins);
        require(bins == null || bins <= 1000, "bins", "must be at most 1000, got " + bins);
        require((iterations == null) != (totalSteps == null), "iterations",
                "and total_steps are alternative training budgets: give exactly one");
        require(iterations == null || iterations > 0, "iterations", "must be positive, got " + iterations);
        require(totalSteps == null || totalSteps > 0, "total_steps", "must be positive, got " + totalSteps);
        require(stepsPerSequence > 0, "steps_per_sequence", "must be positive, got " + stepsPerSequence);
        require(layer1Units > 0, "layer1_units", "must be positive, got " + layer1Units);
        require(layer2Units > 0, "layer2_units", "must be positive, got " + layer2Units);
        require(learningRate > 0 && learningRate < 1, "learning_rate", "must be in (0, 1), got " + learningRate);
        require(learningRateHalfLife >= 0, "learning_rate_half_life",
                "must not be negative (0 keeps the step size constant), got " + learningRateHalfLife);
        require(adamBeta1 >= 0 && adamBeta1 < 1, "adam_beta1", "must be in [0, 1), got " + adamBeta1);
        require(adamBeta2 >= 0 && adamBeta2 < 1, "adam_beta2", "must be in [0, 1), got " + adamBeta2);
        require(adamEpsilon > 0, "adam_epsilon", "must be positive, got " + adamEpsilon);
        require(gamma >= 0 && gamma < 1, "gamma", "must be in [0, 1), got " + gamma);
        require(epsilonStart >= 0 && epsilonStart <= 1, "epsilon_start", "must be in [0, 1], got " + epsilonStart);
        require(epsilonEnd >= 0 && epsilonEnd <= epsilonStart, "epsilon_end",
                "must be in [0, epsilon_start], got " + epsilonEnd);
        require(epsilonDecay > 0 && epsilonDecay <= 1, "epsilon_decay", "must be in (0, 1], got " + epsilonDecay);
        require(epsilonFraction > 0 && epsilonFraction <= 1, "epsilon_fraction",
                "must be in (0, 1], got " + epsilonFraction);
        require(evalEpisodes >= 1, "eval_episodes", "must be positive, got " + evalEpisodes);
        require(evalSteps >= 1, "eval_steps", "must be positive, got " + evalSteps);
        require(evalCurveEpisodes >= 1 && evalCurveEpisodes <= evalEpisodes, "eval_curve_episodes",
                "must be between 1 and eval_episodes (" + evalEpisodes + "), got " + evalCurveEpisodes);
        if (algo == Algo.NOTEBOOK) {
            present(amaxQuirk, "amax_quirk", algo);
        } else {
            require(present(parallelEnvs, "parallel_envs", algo) >= 1 && parallelEnvs <= 1024, "parallel_envs",
                    "must be between 1 and 1024, got " + parallelEnvs);
            require(present(replayCapacity, "replay_capacity", algo) >= 1, "replay_capacity",
                    "must be positive, got " + replayCapacity);
            require(present(batchSize, "batch_size", algo) >= 1, "batch_size", "must be positive, got " + batchSize);
            require(batchSize <= replayCapacity, "batch_size",
                    "must not exceed replay_capacity (" + replayCapacity + ")");
            require(present(learningStarts, "learning_starts", algo) >= 0, "learning_starts",
                    "must not be negative, got " + learningStarts);
            require(present(trainEvery, "train_every", algo) >= 1, "train_every",
                    "must be positive, got " + trainEvery);
            require(present(gradientSteps, "gradient_steps", algo) >= 1, "gradient_steps",
                    "must be positive, got " + gradientSteps);
            require(present(maxGradientSteps, "max_gradient_steps", algo) >= 1, "max_gradient_steps",
                    "must be positive, got " + maxGradientSteps);
            present(targetUpdate, "target_update", algo);
            require(present(targetInterval, "target_interval", algo) >= 1, "target_interval",
                    "must be positive, got " + targetInterval);
            require(present(polyakTau, "polyak_tau", algo) > 0 && polyakTau <= 1, "polyak_tau",
                    "must be in (0, 1], got " + polyakTau);
            present(doubleDqn, "double_dqn", algo);
            require(present(nStep, "n_step", algo) >= 1 && nStep <= 100, "n_step",
                    "must be between 1 and 100, got " + nStep);
            require(present(advantageLearning, "advantage_learning", algo) >= 0 && advantageLearning < 1,
                    "advantage_learning", "must be in [0, 1), got " + advantageLearning);
            require(present(frameSkip, "frame_skip", algo) >= 1 && frameSkip <= stepsPerSequence, "frame_skip",
                    "must be between 1 and steps_per_sequence, got " + frameSkip);
            require(present(rewardScale, "reward_scale", algo) > 0 && Double.isFinite(rewardScale), "reward_scale",
                    "must be positive, got " + rewardScale);
        }
        // The fields are not assigned yet: compute from the parameters.
        long steps = totalSteps != null ? totalSteps : (long) iterations * stepsPerSequence;
        long grain = stepGrain(algo, stepsPerSequence, parallelEnvs, frameSkip);
        require(evalPoints >= 0, "eval_points", "must not be negative (0: no evaluation curve), got " + evalPoints);
        require(evalPoints <= steps / grain, "eval_points", "must be at most " + steps / grain + " for this run: "
                + "its " + steps + " training steps advance by up to " + grain
                + " at a time, and each point needs a step of its own; got " + evalPoints);
    }

    /** Environment steps of training: the budget (the most, if episodes can end early). */
    public long trainingSteps() {
        return totalSteps != null ? totalSteps : (long) iterations * stepsPerSequence;
    }

    /** Whether training is over after {@code sequences} sequences and {@code envSteps} steps. */
    public boolean budgetSpent(int sequences, long envSteps) {
        return totalSteps != null ? envSteps >= totalSteps : sequences >= iterations;
    }

    /** Whether a budget of environment steps is spent, which cuts the sequences being played. */
    public boolean stepBudgetSpent(long envSteps) {
        return totalSteps != null && envSteps >= totalSteps;
    }

    /** Sequences to play next, at most {@code width} at once: the budget's remaining sequences, or {@code width}. */
    public int nextSequences(int width, int sequencesDone) {
        return iterations != null ? Math.min(width, iterations - sequencesDone) : width;
    }

    /** Environment steps between dqn training events: train_every, stretched so the run stays within max_gradient_steps. */
    public long trainingInterval() {
        long spread = (trainingSteps() * gradientSteps + maxGradientSteps - 1) / maxGradientSteps;
        return Math.max(trainEvery, spread);
    }

    /** Gradient steps of the whole run: dqn's training events times gradient_steps; the notebook fits once per step. */
    public long plannedGradientSteps() {
        if (algo == Algo.NOTEBOOK) {
            return trainingSteps();
        }
        long first = firstTrainingStep();
        long events = trainingSteps() < first ? 0 : (trainingSteps() - first) / trainingInterval() + 1;
        return events * gradientSteps;
    }

    /** Environment steps done when dqn's first training event runs; then one every trainingInterval(). */
    public long firstTrainingStep() {
        return Math.max(learningStarts, trainingInterval());
    }

    /**
     * Environment steps training advances by between two chances to evaluate: dqn's lockstep
     * environments each apply one action (parallel_envs x frame_skip); the notebook's network
     * changes once per sequence.
     */
    public long trainingStepGrain() {
        return stepGrain(algo, stepsPerSequence, parallelEnvs, frameSkip);
    }

    private static long stepGrain(Algo algo, int stepsPerSequence, Integer parallelEnvs, Integer frameSkip) {
        return algo == Algo.DQN ? (long) parallelEnvs * frameSkip : stepsPerSequence;
    }

    /** The most evaluation points a run can place at distinct training steps. */
    public long maxEvalPoints() {
        return trainingSteps() / trainingStepGrain();
    }

    /** Environment steps each chosen action is applied for: frame_skip for dqn, 1 for the notebook. */
    public int actionRepeat() {
        return frameSkip == null ? 1 : frameSkip;
    }

    /** Number of discrete actions the network outputs. */
    public int actionCount() {
        return actions(Environments.create(env)).size();
    }

    /** The discrete actions of this run in {@code environment}: the torque bins, or the environment's own. */
    public ActionSet actions(Environment environment) {
        return environment.actions(bins == null ? 0 : bins);
    }

    private static void require(boolean condition, String key, String problem) {
        if (!condition) {
            throw new InvalidSettingException(key, problem);
        }
    }

    private static <T> T present(T value, String key, Algo algo) {
        require(value != null, key, "is required for the " + algo + " algorithm");
        return value;
    }
}
