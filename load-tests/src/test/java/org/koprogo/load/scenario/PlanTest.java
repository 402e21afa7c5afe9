package org.koprogo.load.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.koprogo.load.result.RunResult.Phase;
import org.koprogo.load.traffic.Mix;

class PlanTest {

    @Test
    void spikeRunsTenThenTwoHundredThenTenConnections() {
        Plan plan = plan("spike");

        assertFalse(plan.open());
        assertEquals(List.of(new Phase("baseline", 0, 30, 10, null), new Phase("spike", 30, 30, 200, null),
                new Phase("recovery", 60, 60, 10, null)), plan.phases());
        assertEquals(120, plan.durationSeconds());
        assertEquals(200, plan.maxConnections());
        assertEquals(10, plan.connectionsAt(29));
        assertEquals(200, plan.connectionsAt(30));
        assertEquals(10, plan.connectionsAt(60));
        assertEquals(30, plan.warmupSeconds());
    }

    @Test
    void aShorterDurationScalesEveryPhase() {
        Plan plan = plan("progressive", "--duration", "40s");

        assertEquals(List.of(0, 10, 20, 30), plan.phases().stream().map(Phase::startSecond).toList());
        assertEquals(List.of(10, 10, 10, 10), plan.phases().stream().map(Phase::seconds).toList());
        assertEquals(40, plan.durationSeconds());
    }

    @Test
    void connectionsSetTheLargestPhaseAndScaleTheOthers() {
        Plan plan = plan("spike", "--connections", "50");

        assertEquals(List.of(3, 50, 3), plan.phases().stream().map(Phase::connections).toList());
    }

    @Test
    void fixedRateIsTheOpenModelAtAThousandPerSecond() {
        Plan plan = plan("fixed-rate");

        assertTrue(plan.open());
        assertEquals(1000.0, plan.rate());
        assertEquals(64, plan.maxConnections());
        assertEquals("open", plan.settings(null).model());
    }

    @Test
    void aRateTurnsASteadyScenarioOpen() {
        Plan plan = plan("realistic", "--rate", "250", "--duration", "20s");

        assertTrue(plan.open());
        assertEquals(250.0, plan.rate());
        assertEquals(Plan.OPEN_MODEL_CONNECTIONS, plan.maxConnections());
        assertEquals(20, plan.durationSeconds());
        assertThrows(IllegalArgumentException.class, () -> plan("spike", "--rate", "100"));
    }

    @Test
    void theWarmupRunIsItsOwnWarmUpAndLightOnlyReads() {
        assertEquals(0, plan("warmup").warmupSeconds());
        assertEquals(5, plan("warmup", "--warmup", "5s").warmupSeconds());
        assertFalse(plan("light").mix().writes());
        assertNull(plan("light").rate());
    }

    @Test
    void accountsAndShareGrantsKeepAScenarioOfTheirOwn() {
        Plan plan = plan("realistic-shares");

        assertEquals(Mix.SHARES.describe(), plan.mix().describe());
        assertEquals(plan("realistic").phases(), plan.phases());
    }

    @Test
    void unknownScenariosAreRefusedWithTheList() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> plan("huge"));
        assertTrue(refused.getMessage().contains("realistic-70-30"));
    }

    private static Plan plan(String... args) {
        return Plan.of(RunOptions.parse(List.of(args)));
    }
}
