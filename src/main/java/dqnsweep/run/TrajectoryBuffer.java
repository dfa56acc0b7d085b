package dqnsweep.run;

import dqnsweep.config.RunConfig;
import dqnsweep.eval.TrajectoryRecorder;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Csv;
import dqnsweep.sim.Environments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Keeps chosen evaluation episodes step by step and writes them, in the order they were chosen:
 * the first few for trajectory.csv (the report's trajectory plots and animations), the worst for
 * worst_episodes.csv.
 */
final class TrajectoryBuffer implements TrajectoryRecorder {

    static final int EPISODES_KEPT = 5;

    private final List<String> stateNames;
    private final Map<Integer, List<Object[]>> episodes = new LinkedHashMap<>();

    /** Keeps the episodes numbered {@code kept}, written in that order. */
    TrajectoryBuffer(RunConfig config, int[] kept) {
        stateNames = Environments.create(config.env()).stateNames();
        for (int episode : kept) {
            episodes.put(episode, new ArrayList<>());
        }
    }

    /** The first {@value #EPISODES_KEPT} episodes, for trajectory.csv. */
    static TrajectoryBuffer first(RunConfig config) {
        return new TrajectoryBuffer(config, IntStream.rangeClosed(1, EPISODES_KEPT).toArray());
    }

    @Override
    public void record(int episode, int step, double[] stateBefore, double action, double reward) {
        List<Object[]> steps = episodes.get(episode);
        if (steps == null) {
            return;
        }
        Object[] row = new Object[stateBefore.length + 4];
        row[0] = episode;
        row[1] = step;
        for (int i = 0; i < stateBefore.length; i++) {
            row[2 + i] = stateBefore[i];
        }
        row[2 + stateBefore.length] = action;
        row[3 + stateBefore.length] = reward;
        steps.add(row);
    }

    void write(Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("episode", "step"));
        header.addAll(stateNames);
        header.addAll(List.of("action", "reward"));
        AtomicFiles.writeText(file, writer -> {
            Csv csv = Csv.open(writer, header);
            for (List<Object[]> steps : episodes.values()) {
                for (Object[] row : steps) {
                    csv.row(row);
                }
            }
            csv.flush();
        });
    }
}
