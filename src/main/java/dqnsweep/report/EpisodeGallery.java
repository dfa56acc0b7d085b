package dqnsweep.report;

import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.EvalEpisodes;
import dqnsweep.analysis.RunRow;
import dqnsweep.analysis.RunRow.RunKey;
import dqnsweep.analysis.Trajectories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The worst recorded evaluation episode of each cell: of the episodes its complete runs keep in
 * worst_episodes.csv, the one with the largest gap to the optimum on its own start (eval.csv's
 * optimal_average_reward - average_reward; without a reference, the lowest score). Ties go to the
 * lower seed, then to the file's order (the lower episode).
 *
 * @param cells one per grid position, null where no run of the cell recorded its worst episodes
 * @param worst the worst of them all, or null when none was recorded
 * @param recorded the complete runs that have worst_episodes.csv
 * @param complete the complete runs
 */
record EpisodeGallery(List<Worst> cells, Worst worst, int recorded, int complete) {

    /** One episode with its score and the optimum's on the same start (NaN without a reference). */
    record Worst(CellSummary cell, RunRow run, Trajectories.Episode episode, double score, double optimal) {

        /** The optimum minus the score, NaN without a reference. */
        double gap() {
            return optimal - score;
        }

        /** What ranks episodes: the gap, or minus the score where there is no optimum. */
        double badness() {
            return Double.isNaN(optimal) ? -score : gap();
        }
    }

    /**
     * @param gridOrder the cells in the figures' order, null for an empty grid position
     * @param read a run's worst episodes, null when it has none (an older run) or they cannot be read
     */
    static EpisodeGallery of(List<CellSummary> gridOrder, Map<RunKey, EvalEpisodes> evals,
            Function<RunRow, Trajectories> read) {
        List<Worst> cells = new ArrayList<>();
        Worst worst = null;
        int recorded = 0;
        int complete = 0;
        for (CellSummary cell : gridOrder) {
            Worst cellWorst = null;
            for (RunRow run : cell == null ? List.<RunRow>of() : cell.runs()) {
                EvalEpisodes eval = evals.get(run.key());
                if (eval == null) {
                    continue;
                }
                complete++;
                Trajectories episodes = read.apply(run);
                if (episodes == null) {
                    continue;
                }
                recorded++;
                for (Trajectories.Episode episode : episodes.episodes()) {
                    Worst candidate = worst(cell, run, episode, eval);
                    if (candidate != null && (cellWorst == null || candidate.badness() > cellWorst.badness())) {
                        cellWorst = candidate;
                    }
                }
            }
            cells.add(cellWorst);
            if (cellWorst != null && (worst == null || cellWorst.badness() > worst.badness())) {
                worst = cellWorst;
            }
        }
        return new EpisodeGallery(cells, worst, recorded, complete);
    }

    private static Worst worst(CellSummary cell, RunRow run, Trajectories.Episode episode, EvalEpisodes eval) {
        for (int i = 0; i < eval.size(); i++) {
            if (eval.episode()[i] == episode.number()) {
                return new Worst(cell, run, episode, eval.scores()[i], eval.optimalScores()[i]);
            }
        }
        return null;
    }
}
