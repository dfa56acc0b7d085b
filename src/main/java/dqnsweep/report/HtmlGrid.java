package dqnsweep.report;

import static dqnsweep.report.Html.escape;
import static dqnsweep.report.Html.number;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.stats.CellStatistics;
import java.util.List;

/** The grid section: the IQM table by axes and the table of every statistic per cell. */
final class HtmlGrid {

    private final Analysis analysis;
    private final StringBuilder out;
    private final GridLayout layout;

    HtmlGrid(Analysis analysis, StringBuilder out) {
        this.analysis = analysis;
        this.out = out;
        this.layout = GridLayout.of(analysis.sweep());
    }

    void write() {
        grid();
    }

    private void grid() {
        out.append("<section id=\"grid\">\n<h2>Grid</h2>\n");
        heatTable();
        out.append("<h3>Every statistic</h3>\n<p class=\"muted\">One row per cell. Score = a run's mean evaluation ")
                .append("average reward per step; statistics across the cell's n complete runs; CI = 95% bootstrap ")
                .append("interval. Click a header to sort.")
                .append("</p>\n<div class=\"scroll\"><table class=\"sortable\" id=\"grid-table\">\n<thead><tr>");
        List<String> axes = analysis.sweep().axisNames();
        if (axes.isEmpty()) {
            out.append("<th class=\"l\">cell</th>");
        }
        axes.forEach(a -> out.append("<th class=\"l\">").append(escape(a)).append("</th>"));
        for (String h : List.of("n", "failed", "missing", "corrupt", "mean", "mean CI", "std", "median", "IQM", "IQM CI",
                "min", "max", "solved", "solved CI", "return 200", "upright", "steps/s")) {
            out.append("<th>").append(h).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (CellSummary cell : analysis.cells()) {
            CellStatistics s = cell.stats();
            out.append("<tr title=\"").append(escape(cell.id())).append("\"")
                    .append(s.n() == 0 ? " class=\"missing\"" : "").append(">");
            if (axes.isEmpty()) {
                out.append("<td class=\"l\">").append(swatch(cell)).append(escape(cell.id())).append("</td>");
            }
            for (int i = 0; i < axes.size(); i++) {
                out.append("<td class=\"l\"").append(sortKey(cell.cell().value(axes.get(i)))).append(">")
                        .append(i == 0 ? swatch(cell) : "").append(escape(cell.cell().value(axes.get(i))))
                        .append("</td>");
            }
            out.append(Td.number(cell.complete(), 0)).append(Td.number(cell.failed(), 0)).append(Td.number(cell.missing(), 0))
                    .append(Td.number(cell.corrupt(), 0))
                    .append(Td.estimate(s.mean(), s.meanCi(), 3)).append(Td.interval(s.meanCi(), 3, s.meanCi().low()))
                    .append(Td.number(s.std(), 3)).append(Td.number(s.median(), 3)).append(Td.estimate(s.iqm(), s.iqmCi(), 3))
                    .append(Td.interval(s.iqmCi(), 3, s.iqmCi().low())).append(Td.number(s.min(), 3)).append(Td.number(s.max(), 3))
                    .append(Td.percent(s.solvedRate())).append(Td.percentInterval(s.solvedCi()))
                    .append(Td.number(cell.meanReturn200(), 1)).append(Td.percent(cell.meanUprightFraction()))
                    .append(Td.number(cell.meanStepsPerSecond(), 0)).append("</tr>\n");
        }
        out.append("</tbody></table></div>\n</section>\n");
    }

    /** IQM by first axis (rows) and the other axes (columns), coloured from worst to best. */
    private void heatTable() {
        double lo = analysis.cells().stream().mapToDouble(c -> c.stats().iqm()).filter(Double::isFinite).min()
                .orElse(0);
        double hi = analysis.cells().stream().mapToDouble(c -> c.stats().iqm()).filter(Double::isFinite).max()
                .orElse(0);
        out.append("<h3>Interquartile mean of the score</h3>\n<p class=\"muted\">Rows: ")
                .append(layout.colourAxis() == null ? "the single cell" : escape(layout.colourAxis()))
                .append(layout.panelAxes().isEmpty() ? "" : "; columns: " + escape(String.join(", ", layout.panelAxes())))
                .append(". IQM across seeds with its 95% bootstrap interval; darker is better.</p>\n")
                .append("<div class=\"scroll\"><table class=\"heat\" id=\"iqm-table\"><thead><tr><th></th>");
        layout.panels().forEach(p -> out.append("<th>").append(p.isEmpty() ? "IQM" : escape(p)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (int c = 0; c < layout.colourValues().size(); c++) {
            out.append("<tr><th class=\"l\"><span class=\"swatch\" style=\"background:")
                    .append(Palette.hex(Palette.colour(c))).append("\"></span>").append(escape(layout.colourLabel(c)))
                    .append("</th>");
            for (String panel : layout.panels()) {
                out.append(heatCell(find(c, panel), lo, hi));
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }

    private CellSummary find(int colour, String panel) {
        return analysis.cells().stream().filter(c -> layout.colourIndex(c.cell()) == colour
                && layout.panel(c.cell()).equals(panel)).findFirst().orElse(null);
    }

    private static String heatCell(CellSummary cell, double lo, double hi) {
        if (cell == null) {
            return "<td class=\"muted\">not in grid</td>";
        }
        CellStatistics s = cell.stats();
        if (s.n() == 0) {
            return "<td class=\"muted\">no complete run<small>" + cell.failed() + " failed, " + cell.missing()
                    + " missing" + (cell.corrupt() > 0 ? ", " + cell.corrupt() + " corrupt" : "") + "</small></td>";
        }
        double t = hi > lo ? (s.iqm() - lo) / (hi - lo) : 1;
        String colour = Palette.hex(Palette.sequential(0.08 + 0.84 * t));
        String text = t > 0.55 ? "#fff" : "#222";
        return "<td style=\"background:" + colour + ";color:" + text + "\"><b>" + number(s.iqm(), 3) + "</b><small>"
                + Digits.interval(s.iqmCi(), 2) + " \u00b7 n=" + s.n() + "</small></td>";
    }

    /** Numeric axis values sort as numbers, others as text. */
    private static String sortKey(String value) {
        try {
            return " data-v=\"" + Double.parseDouble(value) + "\"";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private String swatch(CellSummary cell) {
        return "<span class=\"swatch\" style=\"background:" + Palette.hex(Palette.colour(layout.colourIndex(cell.cell())))
                + "\"></span>";
    }
}
