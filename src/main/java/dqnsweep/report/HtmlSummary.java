package dqnsweep.report;

import static dqnsweep.report.Html.escape;
import static dqnsweep.report.Html.number;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.EvalEpisodes;
import dqnsweep.analysis.RunRow;
import dqnsweep.analysis.RunRow.Status;
import dqnsweep.analysis.SweepData;
import dqnsweep.analysis.SweepInfo;
import dqnsweep.stats.Descriptive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The top of the page: what was run, the headline figures, and the tutorial's evaluation questions answered. */
final class HtmlSummary {

    private final Analysis analysis;
    private final StringBuilder out;
    private final Answers answers;

    HtmlSummary(Analysis analysis, EvalCurves curves, StringBuilder out) {
        this.analysis = analysis;
        this.out = out;
        this.answers = new Answers(analysis, curves);
    }

    void write(String title) {
        SweepInfo sweep = analysis.sweep();
        SweepData data = analysis.data();
        out.append("<section id=\"summary\">\n<h1>").append(escape(title)).append("</h1>\n");
        if (!sweep.description().isEmpty()) {
            out.append("<p class=\"lead\" id=\"description\">").append(escape(sweep.description())).append("</p>\n");
        }
        out.append("<p class=\"muted\">").append(data.runs().size()).append(" runs: ").append(analysis.cells().size())
                .append(analysis.cells().size() == 1 ? " cell" : " cells").append(axesText()).append(" \u00d7 ")
                .append(sweep.seeds().size()).append(sweep.seeds().size() == 1 ? " seed" : " seeds").append(".</p>\n");
        cards();
        long notDone = data.count(Status.MISSING);
        if (sweep.finishedAt() == null || notDone > 0) {
            out.append("<p class=\"note\">Partial sweep: ").append(notDone).append(notDone == 1 ? " run is" : " runs are")
                    .append(" missing").append(sweep.finishedAt() == null ? " and the sweep has not finished" : "")
                    .append(". Statistics use the runs that completed; cells show their counts.</p>\n");
        }
        answers();
        out.append("</section>\n");
    }

    private String axesText() {
        List<String> parts = new ArrayList<>();
        analysis.sweep().axes().forEach(a -> parts.add(a.name() + " " + String.join("/", a.values())));
        return parts.isEmpty() ? "" : " (" + escape(String.join(" \u00d7 ", parts)) + ")";
    }

    private void cards() {
        SweepData data = analysis.data();
        CellSummary best = analysis.bestCell();
        out.append("<div class=\"cards\">\n");
        card(data.count(Status.COMPLETE) + " / " + data.runs().size(), "runs complete");
        card(Long.toString(data.count(Status.FAILED)), "failed");
        card(Long.toString(data.count(Status.MISSING)), "missing");
        if (data.count(Status.CORRUPT) > 0) {
            card(Long.toString(data.count(Status.CORRUPT)), "corrupt (files changed since the run; not scored)");
        }
        if (best != null) {
            card(escape(best.id()), "highest IQM (see below whether it is distinguishable)");
            card(Digits.withInterval(best.stats().iqm(), best.stats().iqmCi(), 3).replaceFirst(" ", " <small>")
                    + "</small>", "its IQM score (reward per step), 95% CI");
            card(Html.percent(best.stats().solvedRate()), "its episodes solved");
        }
        card(Html.duration(analysis.sweep().wallSeconds()), "sweep wall time");
        out.append("</div>\n");
    }

    private void card(String valueHtml, String label) {
        out.append("<div class=\"card\"><b>").append(valueHtml).append("</b><span>").append(escape(label))
                .append("</span></div>\n");
    }

    private void answers() {
        out.append("<div class=\"answer\" id=\"best\"><p>").append(answers.best()).append("</p></div>\n")
                .append("<h2>The tutorial's questions, answered from these runs</h2>\n<dl class=\"defs\" id=\"answers\">\n")
                .append("<dt>Does performance change with the number of training iterations?</dt><dd>")
                .append(answers.alongAxis("iterations"));
        String budget = answers.updateBudget();
        if (!budget.isEmpty()) {
            out.append("<br><span id=\"update-budget\">").append(budget).append("</span>");
        }
        out.append("</dd>\n<dt>Does it change with the number of torque bins?</dt><dd>").append(answers.alongAxis("bins"))
                .append("</dd>\n<dt>How good are the policies, against the optimum?</dt><dd>").append(answers.optimum())
                .append("</dd>\n<dt>Is the evaluation meaningful?</dt><dd>").append(answers.meaningful())
                .append("</dd>\n<dt>How can we measure performance to begin with?</dt><dd>").append(measureAnswer())
                .append("</dd>\n<dt>Is it sufficient to start the play_game function a single time?</dt><dd>")
                .append(singleGameAnswer()).append("</dd>\n</dl>\n");
    }

    private String measureAnswer() {
        CellSummary any = analysis.cells().isEmpty() ? null : analysis.cells().get(0);
        String episodes = any == null ? "" : analysis.setting(any.cell(), "eval_episodes");
        String steps = any == null ? "" : analysis.setting(any.cell(), "eval_steps");
        return "After training, each run plays " + (episodes.isEmpty() ? "a fixed number of" : escape(episodes))
                + " greedy episodes (no exploration)" + (steps.isEmpty() ? "" : " of " + escape(steps) + " steps")
                + " from start states that are the same for every run, and reports the average reward per step "
                + "(the tutorial's number, 0 is perfect, about \u221216 the worst), the return over the first 200 "
                + "steps (gym's episode length, comparable with published results), the share of the last 100 steps "
                + "spent upright and the share of episodes solved. A run's score is its mean over those episodes.";
    }

    private String singleGameAnswer() {
        CellSummary best = analysis.bestCell();
        if (best == null) {
            return "No run completed, so this sweep cannot show it.";
        }
        List<Double> episodes = new ArrayList<>();
        List<Double> runScores = new ArrayList<>();
        for (RunRow run : best.runs()) {
            EvalEpisodes eval = analysis.data().evals().get(run.key());
            if (eval != null) {
                for (double r : eval.averageReward()) {
                    episodes.add(r);
                }
                runScores.add(eval.score());
            }
        }
        double[] single = episodes.stream().mapToDouble(Double::doubleValue).toArray();
        double[] scores = runScores.stream().mapToDouble(Double::doubleValue).toArray();
        return "No. In the cell with the highest IQM (" + escape(best.id()) + "), single games of the same trained models score from "
                + number(Descriptive.min(single), 2) + " to " + number(Descriptive.max(single), 2)
                + " per step (standard deviation " + number(Descriptive.sampleStd(single), 2) + " over "
                + single.length + " games): one game can land anywhere in that range, depending mostly on its start "
                + "state. The mean over many games is steady for one model, but models trained with different seeds "
                + "still differ: their scores range from " + number(Descriptive.min(scores), 2) + " to "
                + number(Descriptive.max(scores), 2) + ". A single play_game of a single model measures neither.";
    }
}
