package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.analysis.AnalysisSettings;
import dqnsweep.analysis.SweepFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineReportTest {

    private static final AnalysisSettings FAST = new AnalysisSettings(300, 0.95, 1);

    @TempDir
    Path dir;

    private Path sweep(String name, int seeds, int trainedIterations) throws IOException {
        return new SweepFixture(dir.resolve(name)).axis("bins", 10, 20)
                .seeds(LongStream.rangeClosed(1, seeds).boxed().toArray(Long[]::new))
                .outcomes((values, seed) -> SweepFixture.synthetic(Map.of("bins", values.get("bins"),
                        "iterations", trainedIterations), seed, 6)).write();
    }

    @Test
    void anIdenticalCopyShowsNoDifferenceAnywhere() throws IOException {
        Path a = sweep("a", 3, 100);
        Path b = sweep("b", 3, 100);
        BaselineReport.Result result = BaselineReport.build(a, b, FAST);
        assertEquals(2, result.compared());
        assertEquals(0, result.different());
        assertEquals(0, result.notComparable());
        String html = Files.readString(result.page());
        assertTrue(html.contains("<b>No difference</b> in any of the 2 shared cells"), html);
        assertEquals(2, ReportTest.count(html, "<td class=\"l\">no difference</td>"));
        assertTrue(html.contains("Every cell and run has a partner"));
        assertTrue(!Files.exists(a.resolve("report/index.html")), "the main report is not built");
    }

    @Test
    void aRealChangeIsDetectedWithSixSeedsAndUnpairedRunsAreListed() throws IOException {
        // "after" trained 10,000 iterations where "before" trained 100: the fixture's level rises by 3.4.
        // Seed 8 of the baseline has no partner, so each cell is tested unpaired: 7 against 8 runs,
        // completely separated, p = 1 / C(15, 7) per cell, times 2 by Holm
        Path after = sweep("after", 7, 10000);
        Path before = sweep("before", 8, 100);
        BaselineReport.Result result = BaselineReport.build(after, before, FAST);
        assertEquals(2, result.different());
        assertEquals(2, result.notComparable(), "seed 8 of each cell");
        String html = Files.readString(result.page());
        assertTrue(html.contains("2 of 2 shared cells differ detectably"), html);
        assertTrue(html.contains("seed 8: complete in the baseline, not here"), "seed 8 has no partner");
        assertTrue(html.contains("to is better"));
    }
}
