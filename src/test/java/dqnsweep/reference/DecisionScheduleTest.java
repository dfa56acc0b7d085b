package dqnsweep.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DecisionScheduleTest {

    @Test
    void decisionsEveryFrameSkipStepsWithAShortLastOne() {
        DecisionSchedule schedule = new DecisionSchedule(250, 3);
        assertEquals(84, schedule.count());
        assertEquals(3, schedule.length(0));
        assertEquals(3, schedule.length(82));
        assertEquals(1, schedule.length(83));
        assertEquals(83, schedule.remainingAfter(0));
        assertEquals(0, schedule.remainingAfter(83));
    }

    @Test
    void evenSplitAndOneLongDecision() {
        assertEquals(125, new DecisionSchedule(250, 2).count());
        assertEquals(2, new DecisionSchedule(250, 2).length(124));
        assertEquals(1, new DecisionSchedule(5, 8).count());
        assertEquals(5, new DecisionSchedule(5, 8).length(0));
    }

    @Test
    void invalidSchedulesAndDecisionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DecisionSchedule(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new DecisionSchedule(10, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> new DecisionSchedule(10, 2).length(5));
    }
}
