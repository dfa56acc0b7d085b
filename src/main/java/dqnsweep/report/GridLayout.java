package dqnsweep.report;

import dqnsweep.analysis.SweepInfo;
import dqnsweep.analysis.SweepInfo.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How cells map onto charts, for any set of axes: colour by the first axis's value, one panel
 * per combination of the other axes' values (bins x iterations gives a colour per bins value and
 * a panel per iterations value). Without axes there is one colour and one panel.
 */
record GridLayout(String colourAxis, List<String> colourValues, List<String> panelAxes, List<String> panels) {

    static GridLayout of(SweepInfo sweep) {
        List<SweepInfo.Axis> axes = sweep.axes();
        if (axes.isEmpty()) {
            return new GridLayout(null, List.of(""), List.of(), List.of(""));
        }
        List<String> panelAxes = axes.subList(1, axes.size()).stream().map(SweepInfo.Axis::name).toList();
        List<String> panels = new ArrayList<>(List.of(""));
        for (SweepInfo.Axis axis : axes.subList(1, axes.size())) {
            List<String> next = new ArrayList<>();
            for (String prefix : panels) {
                for (String value : axis.values()) {
                    next.add(prefix.isEmpty() ? axis.name() + "=" + value : prefix + ", " + axis.name() + "=" + value);
                }
            }
            panels = next;
        }
        return new GridLayout(axes.get(0).name(), axes.get(0).values(), panelAxes, panels);
    }

    int colourIndex(Cell cell) {
        return colourAxis == null ? 0 : Math.max(0, colourValues.indexOf(cell.value(colourAxis)));
    }

    /** The label of the cell's panel, e.g. "iterations=1000"; "" with fewer than two axes. */
    String panel(Cell cell) {
        List<String> parts = new ArrayList<>();
        for (String axis : panelAxes) {
            parts.add(axis + "=" + cell.value(axis));
        }
        return String.join(", ", parts);
    }

    int panelIndex(Cell cell) {
        return Math.max(0, panels.indexOf(panel(cell)));
    }

    /** Where a cell sits on a categorical axis: its panel's index, shifted by its colour within {@code width}. */
    double x(Cell cell, double width) {
        int colours = colourValues.size();
        return panelIndex(cell) + (colours == 1 ? 0 : (colourIndex(cell) - (colours - 1) / 2.0) * width / colours);
    }

    /** Legend text of a colour, e.g. "bins=20". */
    String colourLabel(int index) {
        return colourAxis == null ? "all runs" : colourAxis + "=" + colourValues.get(index);
    }

    /** Cells grouped by panel, in panel order. */
    Map<String, List<Cell>> byPanel(List<Cell> cells) {
        Map<String, List<Cell>> groups = new LinkedHashMap<>();
        panels.forEach(p -> groups.put(p, new ArrayList<>()));
        cells.forEach(c -> groups.computeIfAbsent(panel(c), p -> new ArrayList<>()).add(c));
        return groups;
    }
}
