package dqnsweep.report;

import static dqnsweep.report.Html.escape;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.AnalysisSettings;
import dqnsweep.analysis.Baseline;
import dqnsweep.analysis.Comparison;
import dqnsweep.analysis.ResultsFolder;
import dqnsweep.analysis.SweepData;
import dqnsweep.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code report A --baseline B}: A/report/baseline.html and its chart, comparing the cells the two
 * sweeps share. A's main report is left as it is.
 */
public final class BaselineReport {

    public static final String PAGE = "baseline.html";
    static final String CHART = "baseline-probability-of-improvement.png";

    /** What was built: the page, the cells compared, those detectably different, and what was not comparable. */
    public record Result(Path page, int compared, long different, int notComparable) {
    }

    private BaselineReport() {
    }

    public static Result build(Path current, Path baseline, AnalysisSettings settings) throws IOException {
        Analysis a = Analysis.of(SweepData.load(ResultsFolder.open(current)), settings);
        Analysis b = Analysis.of(SweepData.load(ResultsFolder.open(baseline)), settings);
        Baseline comparison = Baseline.of(a, b, settings);
        Path reportDir = current.resolve(Report.FOLDER);
        Files.createDirectories(reportDir);
        Files.deleteIfExists(reportDir.resolve(CHART));
        Figure chart = ImprovementChart.write(comparison.comparisons(), reportDir, CHART);
        Path page = reportDir.resolve(PAGE);
        AtomicFiles.writeString(page, page(comparison, current, baseline, chart));
        long different = comparison.comparisons().stream().filter(c -> c.detected(HtmlComparisons.ALPHA)).count();
        return new Result(page, comparison.comparisons().size(), different, comparison.notComparable().size());
    }

    private static String page(Baseline comparison, Path current, Path baseline, Figure chart) {
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>baseline comparison \u2013 dqn-sweep report</title>\n<style>\n").append(HtmlStyle.CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>This sweep against a baseline</h1>\n<p class=\"lead\">")
                .append("<code>").append(escape(current.toString())).append("</code> (to) against <code>")
                .append(escape(baseline.toString())).append("</code> (from), cell by cell, paired on seeds and ")
                .append("evaluation episodes. <a href=\"index.html\">This sweep's report</a>.</p>\n<div class=\"answer\" ")
                .append("id=\"verdict\"><p>").append(verdict(comparison)).append("</p></div>\n");
        if (!comparison.comparisons().isEmpty()) {
            HtmlComparisons.table(comparison.comparisons(), out);
        }
        if (chart != null) {
            out.append("<figure><h3>").append(escape(chart.title())).append("</h3><img src=\"")
                    .append(Html.path(chart.file())).append("\" alt=\"").append(escape(chart.title() + ": "
                            + chart.caption())).append("\"><figcaption>").append(escape(chart.caption()))
                    .append("</figcaption></figure>\n");
        }
        out.append("<h2>Not comparable</h2>\n");
        if (comparison.notComparable().isEmpty()) {
            out.append("<p id=\"not-comparable\">Every cell and run has a partner.</p>\n");
        } else {
            out.append("<ul id=\"not-comparable\">\n");
            comparison.notComparable().forEach(n -> out.append("<li>").append(escape(n)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</main>\n<script>\n").append(HtmlStyle.SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    static String verdict(Baseline comparison) {
        int n = comparison.comparisons().size();
        if (n == 0) {
            return "The two sweeps share no cell with complete runs on both sides.";
        }
        if (comparison.comparisons().stream().allMatch(c -> c.paired().meanDifference() == 0)) {
            return "<b>No difference</b> in any of the " + n + " shared cells: every paired episode scores the same.";
        }
        long detected = comparison.comparisons().stream().filter(c -> c.detected(HtmlComparisons.ALPHA)).count();
        StringBuilder text = new StringBuilder("<b>").append(detected).append(" of ").append(n)
                .append(" shared cells differ detectably</b> (exact paired test, Holm-adjusted p &lt; 0.05)");
        for (Comparison c : comparison.comparisons()) {
            if (c.detected(HtmlComparisons.ALPHA)) {
                text.append("; ").append(escape(c.to().id())).append(' ')
                        .append(Digits.withInterval(c.paired().meanDifference(), c.paired().ci(), 3)).append(" per step");
            }
        }
        return text.append('.').toString();
    }
}
