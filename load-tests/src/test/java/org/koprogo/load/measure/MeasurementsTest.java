package org.koprogo.load.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.koprogo.load.result.RunResult;
import org.koprogo.load.traffic.Route;

class MeasurementsTest {

    private static final long START = 1_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MILLI = 1_000_000L;

    @Test
    void countsRequestsAndErrorsByRouteAndStatus() {
        Measurements measurements = new Measurements(START, 2, 2);
        record(measurements, Route.LIST_BUILDINGS, 200, 0, 10);
        record(measurements, Route.LIST_BUILDINGS, 500, 0, 20);
        record(measurements, Route.LIST_BUILDINGS, 0, 1, 30);
        record(measurements, Route.CREATE_UNIT, 201, 1, 40);
        record(measurements, Route.CREATE_UNIT, 302, 1, 40);

        List<RunResult.RouteStats> routes = measurements.routes();

        assertEquals(2, routes.size(), "routes without requests are left out");
        RunResult.RouteStats buildings = routes.get(0);
        assertEquals("GET", buildings.method());
        assertEquals("/api/v1/buildings", buildings.route());
        assertEquals(3, buildings.requests());
        assertEquals(2, buildings.errors());
        assertEquals(List.of("0", "200", "500"), List.copyOf(buildings.statuses().keySet()));
        RunResult.RouteStats units = routes.get(1);
        assertEquals(0, units.errors(), "3xx is no error");
        assertEquals(Map.of("201", 1L, "302", 1L), units.statuses());
    }

    @Test
    void summarisesEveryRouteOverTheMeasuredTime() {
        Measurements measurements = new Measurements(START, 2, 2);
        for (int i = 1; i <= 100; i++) {
            record(measurements, i % 2 == 0 ? Route.LIST_UNITS : Route.LIST_OWNERS, i == 100 ? 404 : 200, 0, i);
        }

        RunResult.Summary summary = measurements.summary();

        assertEquals(100, summary.requests());
        assertEquals(1, summary.errors());
        assertEquals(0.01, summary.errorRate(), 1e-12);
        assertEquals(50.0, summary.throughputPerSecond(), 1e-12);
        assertEquals(50.0, summary.latencyMs().p50(), 0.05);
        assertEquals(99.0, summary.latencyMs().p99(), 0.1);
        assertEquals(100.0, summary.latencyMs().max(), 0.1);
        assertEquals(Map.of("200", 99L, "404", 1L), summary.statuses());
    }

    @Test
    void placesRequestsInTheSecondTheyCompleted() {
        Measurements measurements = new Measurements(START, 3, 3);
        record(measurements, Route.HEALTH, 200, 0, 5);
        record(measurements, Route.HEALTH, 503, 2, 7);
        record(measurements, Route.HEALTH, 200, 2, 9);
        // After the end: counted in the last second.
        record(measurements, Route.HEALTH, 200, 4, 1);

        List<RunResult.Second> timeline = measurements.timeline(t -> 10 + t);

        assertEquals(3, timeline.size());
        assertEquals(new RunResult.Second(1, 11, 0, 0, 0, 0, 0, 0), timeline.get(1));
        RunResult.Second last = timeline.get(2);
        assertEquals(3, last.requests());
        assertEquals(1, last.errors());
        assertEquals(12, last.connections());
        assertEquals(9.0, last.max(), 0.1);
        assertEquals(5.0, timeline.get(0).p50(), 0.05);
    }

    @Test
    void keepsLaterSecondsThatSawCompletionsWhenThereIsRoomForThem() {
        Measurements measurements = new Measurements(START, 2, 10);
        record(measurements, Route.HEALTH, 200, 5, 1);

        assertEquals(6, measurements.timeline(t -> 1).size());
    }

    /** A request of {@code millis} completing during second {@code second}. */
    private static void record(Measurements measurements, Route route, int status, int second, long millis) {
        long end = START + second * SECOND + SECOND / 2;
        measurements.record(route, status, end - millis * MILLI, end);
    }
}
