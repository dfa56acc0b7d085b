package dqnsweep.report;

import static dqnsweep.report.Html.escape;
import static dqnsweep.report.Html.number;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.EvalEpisodes;
import dqnsweep.analysis.RunRow;
import dqnsweep.analysis.RunRow.Status;

/** The runs section: failures, corrupt and missing runs, and a table of every run. */
final class HtmlRuns {

    private final Analysis analysis;
    private final StringBuilder out;

    HtmlRuns(Analysis analysis, StringBuilder out) {
        this.analysis = analysis;
        this.out = out;
    }

    void write() {
        runs();
    }

    private void runs() {
        out.append("<section id=\"runs\">\n<h2>Runs</h2>\n");
        long failed = analysis.data().count(Status.FAILED);
        long missing = analysis.data().count(Status.MISSING);
        long corrupt = analysis.data().count(Status.CORRUPT);
        if (failed + missing + corrupt > 0 || !analysis.data().problems().isEmpty()) {
            out.append("<h3>Failures and gaps</h3>\n<ul id=\"failures\">\n");
            for (RunRow run : analysis.data().runs()) {
                if (run.status() == Status.FAILED) {
                    String folder = analysis.data().folder().relativeRunFolder(run.key());
                    out.append("<li><span class=\"status-failed\">failed</span> ").append(escape(run.cell()))
                            .append(" seed ").append(run.seed()).append(": ")
                            .append(escape(run.error().isEmpty() ? "no reason recorded" : run.error()))
                            .append(" (<a href=\"../").append(Html.path(folder)).append("/error.txt\">error.txt</a>)")
                            .append("</li>\n");
                } else if (run.status() == Status.CORRUPT) {
                    String folder = analysis.data().folder().relativeRunFolder(run.key());
                    out.append("<li><span class=\"status-corrupt\">corrupt</span> ").append(escape(run.cell()))
                            .append(" seed ").append(run.seed()).append(": ").append(escape(run.error()))
                            .append("; not scored (<a href=\"../").append(Html.path(folder))
                            .append("/run.json\">run.json</a>). Re-running the sweep command does it again.</li>\n");
                }
            }
            if (missing > 0) {
                out.append("<li><span class=\"status-missing\">missing</span> ").append(missing)
                        .append(missing == 1 ? " run has" : " runs have").append(" not run (yet): ")
                        .append(escape(String.join(", ", analysis.data().runs().stream()
                                .filter(r -> r.status() == Status.MISSING).map(r -> r.cell() + " seed " + r.seed())
                                .toList()))).append(". Re-running the sweep command resumes them.</li>\n");
            }
            analysis.data().problems().forEach(p -> out.append("<li>").append(escape(p)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("<h3>Every run</h3>\n<div class=\"scroll\"><table class=\"sortable\" id=\"runs-table\"><thead><tr>")
                .append("<th class=\"l\">cell</th><th>seed</th><th class=\"l\">status</th><th>score</th>")
                .append("<th>return 200</th><th>upright</th><th>solved</th><th>final train reward</th>")
                .append("<th>env steps</th><th>train time</th><th>steps/s</th><th class=\"l\">run folder</th>")
                .append("<th class=\"l\">error</th></tr></thead>\n<tbody>\n");
        for (RunRow run : analysis.data().runs()) {
            EvalEpisodes eval = analysis.data().evals().get(run.key());
            double score = eval == null ? Double.NaN : eval.score();
            String folder = analysis.data().folder().relativeRunFolder(run.key());
            out.append("<tr").append(run.status() == Status.MISSING ? " class=\"missing\"" : "").append(">")
                    .append(Td.text(run.cell())).append(Td.number(run.seed(), 0)).append("<td class=\"l status-")
                    .append(run.status().label()).append("\">").append(run.status().label()).append("</td>")
                    .append(Td.number(score, 3)).append(Td.number(run.evalReturn200(), 1)).append(Td.percent(run.evalUprightFraction()))
                    .append(Td.percent(run.evalSolvedRate())).append(Td.number(run.trainFinalReward(), 3))
                    .append(Td.number(run.envSteps(), 0)).append("<td data-v=\"").append(Html.sortKey(run.trainSeconds()))
                    .append("\">").append(Html.duration(run.trainSeconds())).append("</td>")
                    .append(Td.number(run.stepsPerSecond(), 0)).append("<td class=\"l\">")
                    .append(run.status() == Status.MISSING ? Html.DASH : "<a href=\"../" + Html.path(folder) + "/\" title=\""
                            + escape(folder) + "\">files</a>").append("</td><td class=\"wrap\">").append(escape(run.error()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n</section>\n");
    }
}
