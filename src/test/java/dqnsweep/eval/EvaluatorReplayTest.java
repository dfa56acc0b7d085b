package dqnsweep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dqnsweep.agent.ConfigTestSupport;
import dqnsweep.agent.QNetwork;
import dqnsweep.config.RunConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Playing chosen episodes again gives exactly what the full evaluation gave them, step by step. */
class EvaluatorReplayTest {

    /** 300 episodes: more than one lockstep block of 256, so replayed episodes come from both. */
    private static final RunConfig CONFIG = ConfigTestSupport.with(ConfigTestSupport.tinyDqn(5), "eval_episodes", 300,
            "eval_steps", 40);

    @Test
    void replayedEpisodesMatchTheFullEvaluationStepByStep() {
        QNetwork network = QNetwork.create(CONFIG, 3, 11);
        Evaluator evaluator = new Evaluator(CONFIG);
        Steps all = new Steps();
        List<EpisodeResult> full = evaluator.evaluate(network, all);
        int[] chosen = {3, 256, 257, 300};
        Steps again = new Steps();
        List<EpisodeResult> replayed = evaluator.replay(network, chosen, again);
        assertEquals(chosen.length, replayed.size());
        for (int i = 0; i < chosen.length; i++) {
            int episode = chosen[i];
            assertEquals(full.get(episode - 1), replayed.get(i), "episode " + episode);
            assertEquals(all.rows.get(episode), again.rows.get(episode), "the steps of episode " + episode);
        }
        assertEquals(List.of(3, 256, 257, 300), List.copyOf(again.rows.keySet()), "only the chosen episodes play");
    }

    @Test
    void episodesMustAscend() {
        QNetwork network = QNetwork.create(CONFIG, 3, 11);
        assertThrows(IllegalArgumentException.class,
                () -> new Evaluator(CONFIG).replay(network, new int[] {5, 2}, TrajectoryRecorder.NONE));
    }

    /** Every recorded step as text, by episode. */
    private static final class Steps implements TrajectoryRecorder {
        final Map<Integer, List<String>> rows = new LinkedHashMap<>();

        @Override
        public void record(int episode, int step, double[] stateBefore, double action, double reward) {
            rows.computeIfAbsent(episode, e -> new ArrayList<>()).add(step + " " + Arrays.toString(stateBefore)
                    + " " + action + " " + reward);
        }
    }
}
