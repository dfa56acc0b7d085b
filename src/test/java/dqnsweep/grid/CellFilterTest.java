package dqnsweep.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.BadInputException;
import dqnsweep.spec.ExperimentSpec;
import dqnsweep.spec.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellFilterTest {

    private static final ExperimentSpec SPEC = SpecLoader.parse(Path.of("experiments/x.yaml"),
            "name: x\ngrid:\n  bins: [10, 20, 40]\n  iterations: [100, 1000]\n  epsilon_schedule: [linear]\n"
                    + "include:\n  - {bins: 80}\n");
    private static final List<Cell> CELLS = GridExpander.cells(SPEC);

    private static List<String> selected(String filter) {
        return CellFilter.parse(filter).select(CELLS).stream().map(Cell::id).toList();
    }

    @Test
    void allKeysMustMatch() {
        assertEquals(List.of("bins=20_iterations=100_epsilon_schedule=linear"), selected("bins=20,iterations=100"));
        assertEquals(List.of("bins=20_iterations=100_epsilon_schedule=linear",
                "bins=20_iterations=1000_epsilon_schedule=linear"), selected("bins=20"));
    }

    @Test
    void repeatingAKeySelectsAnyOfItsValues() {
        assertEquals(List.of("bins=10_iterations=1000_epsilon_schedule=linear",
                "bins=40_iterations=1000_epsilon_schedule=linear"), selected("bins=10, bins=40 ,iterations=1000"));
    }

    @Test
    void valuesCompareByMeaning() {
        assertEquals(2, selected("bins=20.0").size());
        assertEquals(6, selected("epsilon_schedule=LINEAR").size());
        assertEquals(List.of("bins=80"), selected("bins=80"));
    }

    @Test
    void cellWithoutTheKeyDoesNotMatch() {
        Cell partial = CELLS.get(CELLS.size() - 1);
        assertEquals("bins=80", partial.id());
        assertFalse(CellFilter.parse("iterations=100").matches(partial));
        assertTrue(CellFilter.parse("bins=80").matches(partial));
    }

    @Test
    void selectPlansKeepsOrder() {
        List<RunPlan> plans = GridExpander.plans(SPEC, List.of());
        List<RunPlan> chosen = CellFilter.parse("iterations=1000").selectPlans(plans);
        assertEquals(3, chosen.size());
        assertEquals(List.of(10, 20, 40), chosen.stream().map(plan -> plan.config().bins()).toList());
    }

    @Test
    void malformedFiltersAreRefused() {
        assertEquals("--only expects key=value[,key=value...], e.g. --only bins=20,iterations=100; 'bins' in 'bins' is "
                + "not key=value", assertThrows(BadInputException.class, () -> CellFilter.parse("bins")).getMessage());
        assertThrows(BadInputException.class, () -> CellFilter.parse("bins=10,"));
        assertThrows(BadInputException.class, () -> CellFilter.parse("=10"));
        assertThrows(BadInputException.class, () -> CellFilter.parse(" "));
        assertEquals("--only binz: unknown setting (did you mean 'bins'?)",
                assertThrows(BadInputException.class, () -> CellFilter.parse("binz=10")).getMessage());
    }

    @Test
    void keysMustBeAxesAndValuesMustExist() {
        BadInputException notAxis = assertThrows(BadInputException.class,
                () -> CellFilter.parse("gamma=0.9").requireMatchable(SPEC, CELLS));
        assertEquals("--only gamma=0.9: gamma is not a grid axis of experiments/x.yaml (axes: bins, iterations, "
                + "epsilon_schedule)", notAxis.getMessage());
        BadInputException absent = assertThrows(BadInputException.class,
                () -> CellFilter.parse("bins=30").requireMatchable(SPEC, CELLS));
        assertEquals("--only bins=30: no cell has bins=30 (values of bins: 10, 20, 40, 80)", absent.getMessage());
        CellFilter.parse("bins=80,iterations=100").requireMatchable(SPEC, CELLS);
    }
}
