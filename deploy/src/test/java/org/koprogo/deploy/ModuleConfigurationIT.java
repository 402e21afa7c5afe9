package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KOPROGO_MODULES_DISABLED, on an external database. */
class ModuleConfigurationIT {

    /** The exit status of a platform that refuses to start. */
    private static final int REFUSED = 3;

    @TempDir
    Path work;

    @Test
    void aDisabledModuleHasNoRoutesNoTablesNoMetricsNoDocumentation() throws Exception {
        try (ExternalDatabase database = new ExternalDatabase()) {
            Map<String, String> environment = new HashMap<>(database.environment());
            environment.put("KOPROGO_MODULES_DISABLED", " Expenses, seed ");
            try (RunningPlatform platform = RunningPlatform.start(work.resolve("data"), environment)) {
                assertProblem(Http.get(platform.uri("/api/v1/expenses")), 404);
                assertEquals(200, Http.get(platform.uri("/api/v1/buildings")).statusCode());

                Map<String, Boolean> states = new HashMap<>();
                Http.json(Http.get(platform.uri("/api/v1/modules"))).getJsonArray("data")
                        .getValuesAs(JsonObject.class)
                        .forEach(m -> states.put(m.getString("name"), m.getBoolean("enabled")));
                assertEquals(Map.of("auth", true, "buildings", true, "owners", true, "expenses", false,
                        "seed", false), states);

                String openapi = Http.get(platform.uri("/openapi")).body();
                assertTrue(openapi.contains("/api/v1/buildings"), openapi);
                assertFalse(openapi.contains("/api/v1/expenses"), openapi);

                String metrics = Http.get(platform.uri("/metrics")).body();
                assertTrue(metrics.contains("route=\"/api/v1/buildings\""), metrics);
                assertFalse(metrics.contains("/api/v1/expenses"), "a disabled module appears in no metric");

                assertTrue(database.tableExists("buildings"));
                assertFalse(database.tableExists("expenses"), "changesets of a disabled module are not applied");
            }
        }
    }

    @Test
    void disablingARequiredModuleStopsStartupNamingBoth() throws Exception {
        RunningPlatform platform = RunningPlatform.startExpectingExit(work.resolve("data"),
                Map.of("KOPROGO_MODULES_DISABLED", "buildings"));
        assertEquals(REFUSED, platform.exitCode());
        String log = platform.log();
        assertTrue(log.contains("KoproGo cannot start: module 'expenses' requires module 'buildings', which is"
                + " disabled"), log);
    }

    @Test
    void disablingAnUnknownModuleStopsStartup() throws Exception {
        RunningPlatform platform = RunningPlatform.startExpectingExit(work.resolve("data"),
                Map.of("KOPROGO_MODULES_DISABLED", "expense"));
        assertEquals(REFUSED, platform.exitCode());
        assertTrue(platform.log().contains("unknown module 'expense'"), platform::toString);
    }
}
