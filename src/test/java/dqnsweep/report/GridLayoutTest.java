package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dqnsweep.analysis.SweepInfo;
import dqnsweep.analysis.SweepInfo.Axis;
import dqnsweep.analysis.SweepInfo.Cell;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridLayoutTest {

    private static SweepInfo sweep(List<Axis> axes) {
        return new SweepInfo("n", "", "", "", axes, List.of(1L), List.of(), List.of(), 1, "", null, Double.NaN,
                new SweepInfo.Machine(2, "", ""));
    }

    private static Cell cell(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new Cell("id", values);
    }

    @Test
    void binsByIterationsColoursByBinsAndPanelsByIterations() {
        GridLayout layout = GridLayout.of(sweep(List.of(new Axis("bins", List.of("10", "20", "40")),
                new Axis("iterations", List.of("100", "1000")))));
        assertEquals("bins", layout.colourAxis());
        assertEquals(List.of("iterations=100", "iterations=1000"), layout.panels());
        Cell c = cell("bins", "40", "iterations", "1000");
        assertEquals(2, layout.colourIndex(c));
        assertEquals(1, layout.panelIndex(c));
        assertEquals("bins=20", layout.colourLabel(1));
    }

    @Test
    void threeAxesMakePanelsOfTheLastTwo() {
        GridLayout layout = GridLayout.of(sweep(List.of(new Axis("frame_skip", List.of("1", "2")),
                new Axis("epsilon_schedule", List.of("linear", "exponential")), new Axis("gamma", List.of("0.9", "0.99")))));
        assertEquals(List.of("epsilon_schedule=linear, gamma=0.9", "epsilon_schedule=linear, gamma=0.99",
                "epsilon_schedule=exponential, gamma=0.9", "epsilon_schedule=exponential, gamma=0.99"), layout.panels());
        assertEquals(3, layout.panelIndex(cell("frame_skip", "2", "epsilon_schedule", "exponential", "gamma", "0.99")));
    }

    @Test
    void oneAxisHasOnePanelAndNoAxesOneColour() {
        GridLayout one = GridLayout.of(sweep(List.of(new Axis("bins", List.of("10", "20")))));
        assertEquals(List.of(""), one.panels());
        assertEquals("", one.panel(cell("bins", "20")));
        GridLayout none = GridLayout.of(sweep(List.of()));
        assertEquals(0, none.colourIndex(cell()));
        assertEquals("all runs", none.colourLabel(0));
    }
}
