package bedrock.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SwimMappingTest {

    @Test
    void missingValuesTakeSsgDefaults() {
        Swim swim = Swim.of(0, -1, -1, false);
        assertEquals(new Swim(2000, 5, 2, false), swim);
        assertEquals(7 * 2000, swim.detectionBoundMs());
    }

    @Test
    void periodAndSuspectPeriodsBecomeHeartbeatIntervalAndTimeout() {
        SwimMapping m = Swim.of(200, 3, 1, false).mapping();
        assertTrue(m.failureDetection());
        assertEquals(200, m.heartbeatIntervalMs());
        assertEquals(600, m.heartbeatTimeoutMs());
        assertEquals(200, m.verifyTimeoutMs());
        assertEquals(1, m.verifyNumMsgs());
        assertFalse(m.verifyAskGroup(), "a subgroup of one: only the suspecter verifies");
    }

    @Test
    void aLargerSubgroupAsksTheGroupToConfirm() {
        SwimMapping m = Swim.of(1000, 4, 3, false).mapping();
        assertEquals(3, m.verifyNumMsgs());
        assertTrue(m.verifyAskGroup());
        assertEquals(1, Swim.of(1000, 4, 0, false).mapping().verifyNumMsgs(), "at least one verification");
    }

    @Test
    void disabledMeansNoFailureDetection() {
        assertFalse(Swim.of(1000, 3, 1, true).mapping().failureDetection());
        assertFalse(Swim.OFF.mapping().failureDetection());
    }
}
