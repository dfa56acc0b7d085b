package dqnsweep.report;

import static dqnsweep.report.Html.escape;
import static dqnsweep.report.Html.number;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.stats.CellStatistics;

/** The comparison with the tutorial's published numbers. */
final class HtmlTutorial {

    private final Analysis analysis;
    private final StringBuilder out;

    HtmlTutorial(Analysis analysis, StringBuilder out) {
        this.analysis = analysis;
        this.out = out;
    }

    void write() {
        out.append("<section id=\"tutorial\">\n<h2>Compared with the tutorial</h2>\n<p>The tutorial reports the ")
                .append("average reward per step of <b>one trained model</b> (one seed) over a handful of 250-step ")
                .append("games (10 or 20), printed as a running average. It is one draw from the spread this sweep ")
                .append("measures, not a mean over seeds, so it can fall anywhere within the range of runs. Its ")
                .append("algorithm is this tool's <code>notebook</code> algo; a cell trained with <code>dqn</code> ")
                .append("answers the same question with a different learner.</p>\n")
                .append("<div class=\"scroll\"><table class=\"sortable\" id=\"tutorial-table\"><thead><tr><th>bins</th><th>iterations</th>")
                .append("<th>tutorial</th><th class=\"l\">tutorial's evidence</th><th class=\"l\">cell</th>")
                .append("<th class=\"l\">algo</th><th>runs</th><th>mean</th><th>95% CI</th><th>IQM</th>")
                .append("<th>range of runs</th><th class=\"l\">tutorial's number is</th></tr></thead>\n<tbody>\n");
        for (Tutorial.Point point : Tutorial.POINTS) {
            boolean found = false;
            for (CellSummary cell : analysis.cells()) {
                if (Tutorial.matches(point, analysis, cell.cell())) {
                    row(point, cell);
                    found = true;
                }
            }
            if (!found) {
                out.append("<tr class=\"missing\">").append(Td.number(point.bins(), 0))
                        .append(Td.number(point.iterations(), 0)).append(Td.number(point.averageReward(), 2))
                        .append(Td.text(point.source())).append("<td class=\"l\" colspan=\"8\">not in this sweep")
                        .append("</td></tr>\n");
            }
        }
        out.append("</tbody></table></div>\n</section>\n");
    }

    private void row(Tutorial.Point point, CellSummary cell) {
        CellStatistics s = cell.stats();
        out.append("<tr>").append(Td.number(point.bins(), 0)).append(Td.number(point.iterations(), 0))
                .append(Td.number(point.averageReward(), 2)).append(Td.text(point.source()))
                .append(Td.text(cell.id())).append(Td.text(analysis.setting(cell.cell(), "algo")))
                .append(Td.number(s.n(), 0)).append(Td.number(s.mean(), 2))
                .append(Td.interval(s.meanCi(), 2, s.meanCi().low())).append(Td.number(s.iqm(), 2))
                .append("<td>").append(s.n() == 0 ? Html.DASH : "[" + number(s.min(), 2) + ", " + number(s.max(), 2)
                        + "]").append("</td>").append("<td class=\"l\">").append(escape(verdict(point, s)))
                .append("</td></tr>\n");
    }

    static String verdict(Tutorial.Point point, CellStatistics s) {
        if (s.n() == 0) {
            return "not comparable (no complete run)";
        }
        double value = point.averageReward();
        if (value > s.max()) {
            return "better than every run";
        }
        if (value < s.min()) {
            return "worse than every run";
        }
        return s.meanCi().defined() && s.meanCi().contains(value) ? "within the runs, inside the mean's CI"
                : "within the range of runs";
    }
}
