package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dqnsweep.analysis.AnalysisSettings;
import dqnsweep.analysis.SweepFixture;
import dqnsweep.io.CsvTable;
import dqnsweep.io.Json;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-25T06:00:00Z"), ZoneOffset.UTC);
    private static final String DESCRIPTION = "<script>alert(\"x\")</script> & 'quoted'";
    private static final AnalysisSettings FAST = new AnalysisSettings(500, 0.95, 1);

    @TempDir
    Path dir;

    /** bins 10/20 x iterations 30/60 x seeds 1-3; one run failed, one missing. */
    private Path fixture() throws IOException {
        return new SweepFixture(dir).named("fixture <sweep>", DESCRIPTION)
                .axis("bins", 10, 20).axis("iterations", 30, 60).seeds(1L, 2L, 3L)
                .outcomes((values, seed) -> {
                    if (values.get("bins").equals(20) && values.get("iterations").equals(60) && seed == 2) {
                        return new SweepFixture.Failed("DivergedException: <b>loss</b> is NaN");
                    }
                    if (values.get("bins").equals(10) && values.get("iterations").equals(30) && seed == 3) {
                        return new SweepFixture.Missing();
                    }
                    return SweepFixture.synthetic(values, seed, 8);
                }).write();
    }

    private String build(Path results) throws IOException {
        Report.Result result = Report.build(results, "results/fixture", FAST, CLOCK);
        assertEquals(results.resolve("report/index.html"), result.index());
        return Files.readString(result.index());
    }

    @Test
    void pageHasEveryCellRunAndFailure() throws IOException {
        String html = build(fixture());
        String grid = section(html, "grid-table");
        for (String cell : List.of("bins=10_iterations=30", "bins=10_iterations=60", "bins=20_iterations=30",
                "bins=20_iterations=60")) {
            assertTrue(grid.contains(cell), cell);
        }
        assertEquals(4, count(tbody(grid), "<tr"));
        assertEquals(12, count(tbody(section(html, "runs-table")), "<tr"));
        assertEquals(1, count(tbody(section(html, "runs-table")), "status-missing"));
        assertTrue(html.contains("DivergedException: &lt;b&gt;loss&lt;/b&gt; is NaN"));
        assertTrue(html.contains("bins=10_iterations=30 seed 3"), "the missing run is listed");
        assertTrue(html.contains("id=\"tutorial-table\""));
        for (String chart : List.of(AggregateChart.FILE, SampleEfficiencyChart.FILE, ScoreChart.FILE,
                ImprovementChart.FILE, "policy-maps-worst.png")) {
            assertTrue(html.contains("src=\"" + chart + "\""), chart);
        }
        assertTrue(html.contains("java -jar target/dqn-sweep.jar report results/fixture"));
        assertTrue(html.contains("2025-11-25T06:00:00Z"));
    }

    @Test
    void userTextIsEscaped() throws IOException {
        String html = build(fixture());
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"));
        assertFalse(html.contains("<script>alert"));
        assertEquals(1, count(html, "<script>"), "only the page's own script");
        assertTrue(html.contains("<title>fixture &lt;sweep&gt;"));
        assertFalse(html.contains("<b>loss</b>"));
    }

    @Test
    void everyImageExistsAndDecodes() throws IOException {
        Path results = fixture();
        String html = build(results);
        List<String> sources = sources(html);
        assertTrue(sources.size() >= 6, sources.toString());
        for (String source : sources) {
            assertFalse(source.contains("/") || source.contains(":"), "local, relative: " + source);
            Path image = results.resolve("report").resolve(source);
            assertTrue(Files.size(image) > 0, source);
            byte[] head = Arrays.copyOf(Files.readAllBytes(image), 6);
            boolean png = head[0] == (byte) 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
            boolean gif = new String(head, StandardCharsets.US_ASCII).startsWith("GIF89a");
            assertTrue(source.endsWith(".png") ? png : gif, source);
            BufferedImage decoded = ImageIO.read(image.toFile());
            assertNotNull(decoded, source);
            assertTrue(decoded.getWidth() > 100 && decoded.getHeight() > 100, source);
        }
    }

    @Test
    void noNetworkResources() throws IOException {
        String html = build(fixture());
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find());
        assertFalse(html.contains("@import"));
    }

    @Test
    void writesStatisticsFilesAndMarksAPartialSweep() throws IOException {
        Path results = fixture();
        Files.writeString(results.resolve("sweep.json"), Files.readString(results.resolve("sweep.json"))
                .replace("\"finished_at\" : \"2025-11-25T05:30:00Z\"", "\"finished_at\" : null"));
        String html = build(results);
        assertTrue(html.contains("Partial sweep"));
        JsonNode summary = Json.MAPPER.readTree(results.resolve("summary.json").toFile());
        assertEquals(4, summary.path("cells").size());
        assertTrue(Files.size(results.resolve("aggregate.csv")) > 0);
    }

    @Test
    void rebuildingRemovesNothingItNeedsAndIsStable() throws IOException {
        Path results = fixture();
        String first = build(results);
        String second = build(results);
        assertEquals(first, second);
        for (String source : sources(second)) {
            assertTrue(Files.exists(results.resolve("report").resolve(source)));
        }
    }

    @Test
    void theLivePageIsLightMarkedPartialAndSwappedInWhole() throws IOException {
        Path results = fixture();
        Report.buildLive(results, 3, 12, FAST, CLOCK);
        String html = Files.readString(results.resolve("report/index.html"));
        assertTrue(html.contains("partial: 3 of 12 runs"));
        assertTrue(html.contains("<meta http-equiv=\"refresh\""));
        assertEquals(2, count(html, "<figure><h3>"), "two charts, no animations");
        assertEquals(List.of(), siblingsOfTheReport(results), "built aside, then moved in");
        assertFalse(Files.exists(results.resolve("summary.json")), "the aggregate files wait for the full build");
        Report.buildLive(results, 6, 12, FAST, CLOCK);
        assertTrue(Files.readString(results.resolve("report/index.html")).contains("partial: 6 of 12 runs"));
        assertEquals(List.of(), siblingsOfTheReport(results));
        assertFalse(build(results).contains("http-equiv"), "the full page does not reload itself");
    }

    @Test
    void otherAxesAndASingleCellWork() throws IOException {
        Path strings = new SweepFixture(dir.resolve("a")).axis("frame_skip", 1, 2, 4)
                .axis("epsilon_schedule", "linear", "exponential").seeds(1L, 2L)
                .outcomes((values, seed) -> SweepFixture.synthetic(values, seed, 6)).write();
        String html = build(strings);
        assertTrue(html.contains("frame_skip=4_epsilon_schedule=exponential"));
        assertTrue(html.contains("epsilon_schedule=linear"), "panels by the second axis");
        assertTrue(count(tbody(section(html, "comparison-table")), "<tr") > 0);
        assertTrue(html.contains("not in this sweep"), "no tutorial cell at these settings");
        // frame_skip: 2 slices x 3 pairs, epsilon_schedule: 3 slices x 1; 2 paired seeds: the exact test cannot go below 2/4
        assertTrue(html.contains("9 comparisons, each tested exactly"), "the multiplicity is stated");
        assertTrue(html.contains("no test can give p below 0.5"), "the floor 2/2^n with 2 seeds");
        // the fixture's outcome ignores frame_skip: those cells score identically
        assertTrue(tbody(section(html, "comparison-table")).contains("<td class=\"l\">no difference</td>"));
        assertFalse(html.contains("CI, these runs"), "the episodes-only interval is gone");

        Path single = new SweepFixture(dir.resolve("b")).seeds(1L, 2L, 3L)
                .outcomes((values, seed) -> SweepFixture.synthetic(values, seed, 6)).write();
        String one = build(single);
        assertEquals(1, count(tbody(section(one, "grid-table")), "<tr"));
        assertTrue(one.contains("No two cells"));
        for (String source : sources(one)) {
            assertTrue(Files.size(single.resolve("report").resolve(source)) > 0);
        }
    }

    @Test
    void aSweepWithoutCompleteRunsStillReports() throws IOException {
        Path results = new SweepFixture(dir).axis("bins", 10).seeds(1L, 2L)
                .outcomes((values, seed) -> seed == 1 ? new SweepFixture.Failed("OutOfMemoryError")
                        : new SweepFixture.Missing()).write();
        String html = build(results);
        assertTrue(html.contains("OutOfMemoryError"));
        assertTrue(html.contains("No complete run, so nothing to draw."));
        assertTrue(sources(html).isEmpty());
    }

    @Test
    void aGalleryOfTheWorstEpisodesAndFourAnimations() throws IOException {
        Path results = fixture();
        Report.Result result = Report.build(results, "results/fixture", FAST, CLOCK);
        String html = Files.readString(result.index());
        assertTrue(sources(html).contains(WorstEpisodesChart.FILE));
        // the fixture's eval.csv has no optimum: the worst episode is the lowest average reward of all complete runs
        String worst = null;
        double lowest = Double.POSITIVE_INFINITY;
        List<String[]> scores = new ArrayList<>();
        for (String cell : List.of("bins=10_iterations=30", "bins=10_iterations=60", "bins=20_iterations=30",
                "bins=20_iterations=60")) {
            for (int seed = 1; seed <= 3; seed++) {
                Path eval = results.resolve("cells/" + cell + "/" + seed + "/eval.csv");
                if (!Files.exists(eval)) {
                    continue;
                }
                double[] rewards = CsvTable.read(eval).numbers("average_reward");
                scores.add(new String[] {cell + ", seed " + seed, Double.toString(Arrays.stream(rewards).average()
                        .orElseThrow())});
                for (int k = 0; k < rewards.length; k++) {
                    if (rewards[k] < lowest) {
                        lowest = rewards[k];
                        worst = cell + ", seed " + seed + ", episode " + (k + 1);
                    }
                }
            }
        }
        assertTrue(html.contains("Worst of the sweep: " + worst + " from "), worst);
        assertTrue(html.contains("in the sweep: " + worst.replace("episode", "evaluation episode") + " from "),
                "the worst episode's animation: " + worst);
        scores.sort(Comparator.comparingDouble(s -> Double.parseDouble(s[1])));
        for (int rank : new int[] {9, 4, 0}) {
            assertTrue(html.contains("of all 10 complete runs of the sweep: " + scores.get(rank)[0]
                    + ", evaluation episode 1"), "best, median and worst run: " + scores.get(rank)[0]);
        }
        assertEquals(List.of(Figures.BEST_GIF, Figures.MEDIAN_GIF, Figures.WORST_GIF, Figures.WORST_EPISODE_GIF),
                sources(html).stream().filter(s -> s.endsWith(".gif")).toList());
        assertEquals(4, gifs(results).size(), "at most 4 animations");
        assertFalse(result.problems().stream().anyMatch(p -> p.contains("worst_episodes")), result.problems().toString());
    }

    @Test
    void anOlderFolderWithoutWorstEpisodesStillReportsWithoutTheGallery() throws IOException {
        Path results = new SweepFixture(dir).axis("bins", 10, 20).seeds(1L, 2L, 3L).withoutWorstEpisodes()
                .outcomes((values, seed) -> SweepFixture.synthetic(values, seed, 8)).write();
        Report.Result result = Report.build(results, "results/fixture", FAST, CLOCK);
        String html = Files.readString(result.index());
        assertFalse(html.contains(WorstEpisodesChart.FILE));
        assertTrue(html.contains(Figures.NO_GALLERY));
        assertEquals(List.of(Figures.BEST_GIF, Figures.MEDIAN_GIF, Figures.WORST_GIF), gifs(results));
        assertFalse(result.problems().stream().anyMatch(p -> p.contains("worst")), result.problems().toString());
    }

    private static List<String> gifs(Path results) throws IOException {
        try (var files = Files.list(results.resolve("report"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".gif"))
                    .sorted(Comparator.comparing(n -> List.of(Figures.BEST_GIF, Figures.MEDIAN_GIF,
                            Figures.WORST_GIF, Figures.WORST_EPISODE_GIF).indexOf(n))).toList();
        }
    }

    static List<String> sources(String html) {
        List<String> sources = new ArrayList<>();
        Matcher m = Pattern.compile("<img src=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            sources.add(m.group(1));
        }
        return sources;
    }

    /** The table with the given id. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, id);
        return html.substring(start, html.indexOf("</table>", start));
    }

    static String tbody(String table) {
        return table.substring(table.indexOf("<tbody>"));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Folders beside report/ whose names start with "report": what an unfinished build or swap would leave. */
    private static List<String> siblingsOfTheReport(Path results) throws IOException {
        try (var files = Files.list(results)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("report") && !n.equals("report"))
                    .toList();
        }
    }
}
