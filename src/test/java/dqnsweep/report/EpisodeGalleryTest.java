package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.EvalEpisodes;
import dqnsweep.analysis.RunRow;
import dqnsweep.analysis.RunRow.RunKey;
import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.analysis.Trajectories;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class EpisodeGalleryTest {

    private final Map<RunKey, EvalEpisodes> evals = new HashMap<>();
    private final Map<RunKey, Trajectories> files = new HashMap<>();

    @Test
    void eachCellsLargestGapToTheOptimumNotItsLowestScore() {
        // run 1 keeps episodes 3 (score -5, optimum -4.8: gap 0.2) and 1 (gap 1.5); run 2 keeps episode 2 (gap 2)
        CellSummary a = cell("a", 3);
        run("a", 1, new double[] {-2, -1, -5}, new double[] {-0.5, -0.5, -4.8}, 3, 1);
        run("a", 2, new double[] {-1, -3, -1}, new double[] {-0.5, -1, -0.5}, 2);
        // equal gaps: the lower seed; a run without the file counts as not recorded
        CellSummary b = cell("b", 3);
        run("b", 1, new double[] {-1, -1, -1}, new double[] {0, 0, 0}, 2, 1);
        run("b", 2, new double[] {-1, -1, -1}, new double[] {0, 0, 0}, 1);
        run("b", 3, new double[] {-9, -9, -9}, new double[] {0, 0, 0});
        files.remove(new RunKey("b", 3));

        EpisodeGallery gallery = EpisodeGallery.of(Arrays.asList(a, null, b), evals, r -> files.get(r.key()));

        assertEquals(3, gallery.cells().size());
        assertEquals(2, gallery.cells().get(0).episode().number());
        assertEquals(2, gallery.cells().get(0).run().seed());
        assertEquals(2.0, gallery.cells().get(0).gap(), 1e-12);
        assertNull(gallery.cells().get(1), "no cell at this grid position");
        assertEquals(1, gallery.cells().get(2).run().seed());
        assertEquals(2, gallery.cells().get(2).episode().number(), "the file's order: its worst first");
        assertEquals(gallery.cells().get(0), gallery.worst());
        assertEquals(4, gallery.recorded());
        assertEquals(5, gallery.complete());
    }

    @Test
    void withoutAReferenceTheLowestScoreAndWithoutFilesNothing() {
        CellSummary a = cell("a", 2);
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        run("a", 1, new double[] {-2, -4, -3}, none, 2, 3);
        run("a", 2, new double[] {-2, -1, -3.5}, none, 3, 1);
        EpisodeGallery gallery = EpisodeGallery.of(List.of(a), evals, r -> files.get(r.key()));
        assertEquals(new RunKey("a", 1), gallery.worst().run().key());
        assertEquals(2, gallery.worst().episode().number());

        EpisodeGallery old = EpisodeGallery.of(List.of(a), evals, r -> null);
        assertNull(old.worst());
        assertEquals(0, old.recorded());
        assertEquals(2, old.complete());
    }

    private static CellSummary cell(String id, int seeds) {
        List<RunRow> runs = LongStream.rangeClosed(1, seeds).mapToObj(s -> RunRow.missing(id, s))
                .toList();
        double nan = Double.NaN;
        return new CellSummary(new Cell(id, Map.of()), seeds, 0, 0, 0, null, null, nan, nan, null, nan, runs, null);
    }

    /** A complete run with these per-episode scores and optima, whose worst_episodes.csv holds {@code kept}. */
    private void run(String cell, long seed, double[] scores, double[] optimal, int... kept) {
        int n = scores.length;
        int[] numbers = IntStream.rangeClosed(1, n).toArray();
        double[] zeros = new double[n];
        RunKey key = new RunKey(cell, seed);
        evals.put(key, new EvalEpisodes(numbers, scores, scores, zeros, zeros, zeros, optimal, zeros, zeros, zeros,
                zeros));
        double[] path = {3.0, 2.9};
        files.put(key, new Trajectories(Arrays.stream(kept).mapToObj(k -> new Trajectories.Episode(k, path, path, null,
                path, path)).toList()));
    }
}
