package dqnsweep.run;

import dqnsweep.config.RunConfig;
import dqnsweep.eval.TrajectoryRecorder;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Csv;
import dqnsweep.sim.Environments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps the first few evaluation episodes step by step, for the report's trajectory plots and animation. */
final class TrajectoryBuffer implements TrajectoryRecorder {

    static final int EPISODES_KEPT = 5;

    private final List<String> stateNames;
    private final List<List<Object[]>> episodes = new ArrayList<>();

    TrajectoryBuffer(RunConfig config) {
        stateNames = Environments.create(config.env()).stateNames();
    }

    @Override
    public void record(int episode, int step, double[] stateBefore, double action, double reward) {
        if (episode > EPISODES_KEPT) {
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
        while (episodes.size() < episode) {
            episodes.add(new ArrayList<>());
        }
        episodes.get(episode - 1).add(row);
    }

    void write(Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("episode", "step"));
        header.addAll(stateNames);
        header.addAll(List.of("action", "reward"));
        AtomicFiles.writeText(file, writer -> {
            Csv csv = Csv.open(writer, header);
            for (List<Object[]> steps : episodes) {
                for (Object[] row : steps) {
                    csv.row(row);
                }
            }
            csv.flush();
        });
    }
}
