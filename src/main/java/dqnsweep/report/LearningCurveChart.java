package dqnsweep.report;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.SweepInfo.Cell;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;

/** learning-curves.png: training reward per step against iteration, mean and interval across seeds. */
final class LearningCurveChart {

    static final String FILE = "learning-curves.png";
    static final int WINDOWS = 150;

    private LearningCurveChart() {
    }

    static Figure write(Analysis analysis, Map<String, LearningCurve> curves, Path reportDir) throws IOException {
        GridLayout layout = GridLayout.of(analysis.sweep());
        List<Panels.Painter> panels = new ArrayList<>();
        for (Map.Entry<String, List<Cell>> panel : layout.byPanel(cellsOf(analysis)).entrySet()) {
            XYChart chart = ChartStyle.xy(panel.getKey().isEmpty() ? "training" : panel.getKey(),
                    "training iteration (sequence of 250 steps)", "average reward per step");
            int drawn = 0;
            double end = 0;
            for (Cell cell : panel.getValue()) {
                LearningCurve curve = curves.get(cell.id());
                if (curve == null || curve.size() == 0) {
                    continue;
                }
                Color colour = Palette.colour(layout.colourIndex(cell));
                ChartStyle.band(chart, cell.id() + " ci", curve.x(), curve.low(), curve.high(), colour);
                ChartStyle.line(chart, cell.id(), curve.x(), curve.mean(), colour, 2f);
                drawn++;
                end = Math.max(end, curve.end());
            }
            chart.getStyler().setXAxisMin(0.0);
            chart.getStyler().setXAxisMax(end);
            chart.getStyler().setXAxisDecimalPattern("#,##0");
            if (drawn > 0) {
                panels.add(chart::paint);
            }
        }
        if (panels.isEmpty()) {
            return null;
        }
        Panels.writePng(Panels.grid(panels, Math.min(3, panels.size()), 440, 320, legend(layout)),
                reportDir.resolve(FILE));
        return new Figure(FILE, "Learning curves",
                "Training average reward per step of each sequence (exploration on), averaged over " + WINDOWS
                        + " windows at most, mean across seeds with its " + "95% bootstrap interval as the band.");
    }

    static List<Panels.Key> legend(GridLayout layout) {
        List<Panels.Key> keys = new ArrayList<>();
        for (int i = 0; i < layout.colourValues().size(); i++) {
            keys.add(new Panels.Key(layout.colourLabel(i), Palette.colour(i), Panels.Shape.LINE));
        }
        return keys;
    }

    private static List<Cell> cellsOf(Analysis analysis) {
        return analysis.cells().stream().map(CellSummary::cell).toList();
    }
}
