package org.koprogo.load.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import org.koprogo.load.result.RunResult;

class MixTest {

    @Test
    void onlyAMixOfPublicRoutesNeedsNoSignIn() {
        assertFalse(Mix.HEALTH.needsSignIn());
        assertFalse(Mix.HEALTH.writes());
        assertTrue(Mix.REALISTIC.needsSignIn());
        assertTrue(Mix.REALISTIC.readsOnly().needsSignIn());
    }

    @Test
    void realisticIsEightyTwenty() {
        assertEquals(80, weight(Mix.REALISTIC, false));
        assertEquals(20, weight(Mix.REALISTIC, true));
    }

    /** KoproGo's authenticated-realistic.lua, entry by entry summed per route. */
    @Test
    void realisticWeighsTheRoutesAsKoproGosOwnLoadTest() {
        assertEquals(Map.of("GET /api/v1/health", 5, "GET /api/v1/buildings", 30, "GET /api/v1/units", 20,
                "GET /api/v1/owners", 12, "GET /api/v1/expenses", 10, "GET /api/v1/meetings", 3,
                "POST /api/v1/expenses", 8, "POST /api/v1/owners", 5, "POST /api/v1/meetings", 4,
                "POST /api/v1/units", 3), weights(Mix.REALISTIC));
    }

    @Test
    void sharesPutsAccountsAndShareGrantsInTheMeetingsPlaces() {
        Map<String, Integer> shares = weights(Mix.SHARES);
        Map<String, Integer> realistic = weights(Mix.REALISTIC);
        assertEquals(3, shares.remove(Route.LIST_ACCOUNTS.label()));
        assertEquals(4, shares.remove(Route.GRANT_SHARE.label()));
        assertEquals(3, realistic.remove(Route.LIST_MEETINGS.label()));
        assertEquals(4, realistic.remove(Route.CREATE_MEETING.label()));
        assertEquals(realistic, shares);
        assertEquals(Mix.REALISTIC.describe().indexOf(new RunResult.MixEntry("POST", "/api/v1/meetings", 4)),
                Mix.SHARES.describe().indexOf(new RunResult.MixEntry("POST", "/api/v1/units/{unitId}/owners", 4)),
                "in the same place");
    }

    @Test
    void aReadReplacesOnlyAReadAndAWriteOnlyAWrite() {
        assertThrows(IllegalArgumentException.class,
                () -> Mix.REALISTIC.replacing(Route.LIST_MEETINGS, Route.CREATE_MEETING));
        assertThrows(IllegalArgumentException.class,
                () -> Mix.REALISTIC.replacing(Route.CREATE_MEETING, Route.LIST_ACCOUNTS));
    }

    @Test
    void seventyThirtyKeepsTheProportionsInsideEachGroup() {
        Mix mix = Mix.REALISTIC.withWritePercent(30);

        int reads = weight(mix, false);
        int writes = weight(mix, true);
        assertEquals(0.30, (double) writes / (reads + writes), 1e-12);
        Map<String, Integer> weights = weights(mix);
        // Buildings were 30 of 80 reads and expenses 8 of 20 writes.
        assertEquals(30.0 / 80, (double) weights.get(Route.LIST_BUILDINGS.label()) / reads, 1e-12);
        assertEquals(8.0 / 20, (double) weights.get(Route.CREATE_EXPENSE.label()) / writes, 1e-12);
        assertEquals(List.of(210, 140, 84, 70, 35, 21, 96, 60, 36, 48),
                mix.describe().stream().map(RunResult.MixEntry::weight).toList());
    }

    @Test
    void readsOnlyDropsTheWrites() {
        Mix light = Mix.REALISTIC.readsOnly();

        assertFalse(light.writes());
        assertEquals(80, weight(light, false));
    }

    @Test
    void picksEachRouteAsOftenAsItsWeight() {
        Mix mix = new Mix(List.of(new Mix.Weighted(Route.HEALTH, 1), new Mix.Weighted(Route.LIST_UNITS, 3)));
        Map<Route, Integer> picked = new EnumMap<>(Route.class);
        // Every possible draw once: exactly the weights.
        RandomGenerator everyDraw = new RandomGenerator() {
            private int next;

            @Override
            public int nextInt(int bound) {
                return next++ % bound;
            }

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }
        };
        for (int i = 0; i < 4; i++) {
            picked.merge(mix.pick(everyDraw), 1, Integer::sum);
        }

        assertEquals(Map.of(Route.HEALTH, 1, Route.LIST_UNITS, 3), picked);
    }

    @Test
    void refusesAWritePercentWithoutWrites() {
        assertThrows(IllegalArgumentException.class, () -> Mix.REALISTIC.readsOnly().withWritePercent(30));
    }

    private static int weight(Mix mix, boolean writes) {
        return mix.describe().stream().filter(e -> e.method().equals("POST") == writes)
                .mapToInt(RunResult.MixEntry::weight).sum();
    }

    private static Map<String, Integer> weights(Mix mix) {
        Map<String, Integer> weights = new HashMap<>();
        mix.describe().forEach(e -> weights.put(e.method() + " " + e.route(), e.weight()));
        return weights;
    }
}
