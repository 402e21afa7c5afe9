package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration by environment only: an external database, its pool size, disabled modules. */
class ModuleConfigurationIT {

    /** The exit status of a platform that refuses to start. */
    private static final int REFUSED = 3;

    @TempDir
    Path work;

    @Test
    void aDisabledModuleHasNoRoutesNoTablesNoMetricsNoDocumentation() throws Exception {
        try (ExternalDatabase database = new ExternalDatabase()) {
            Map<String, String> environment = new HashMap<>(database.environment());
            environment.put("KOPROGO_MODULES_DISABLED", " Expenses, seed, meetings, documents, gdpr ");
            environment.put("KOPROGO_DB_POOL_MAX", "3");
            environment.put("KOPROGO_ADMIN_EMAIL", "ops@example.be");
            environment.put("KOPROGO_ADMIN_PASSWORD", Api.PASSWORD);
            try (RunningPlatform platform = RunningPlatform.start(work.resolve("data"), environment)) {
                Api admin = Api.login(platform, "ops@example.be", Api.PASSWORD);
                assertThePoolStaysWithin(3, admin);
                assertProblem(admin.get("/api/v1/expenses"), 404);
                assertProblem(admin.get("/api/v1/meetings"), 404);
                assertProblem(admin.get("/api/v1/documents"), 404);
                assertProblem(admin.get("/api/v1/gdpr/export"), 404);
                assertProblem(admin.get("/api/v1/admin/gdpr/audit-logs"), 404);
                assertEquals(200, admin.get("/api/v1/buildings").statusCode());
                assertTheDashboardLeavesOutTheDisabledModule(admin.newOrganizationSyndic());

                Map<String, Boolean> states = new HashMap<>();
                Http.json(Http.get(platform.uri("/api/v1/modules"))).getJsonArray("data")
                        .getValuesAs(JsonObject.class)
                        .forEach(m -> states.put(m.getString("name"), m.getBoolean("enabled")));
                assertEquals(Map.of("auth", true, "buildings", true, "owners", true, "expenses", false,
                        "meetings", false, "documents", false, "gdpr", false, "seed", false, "stats", true), states);

                String openapi = Http.get(platform.uri("/openapi")).body();
                assertTrue(openapi.contains("/api/v1/buildings"), openapi);
                assertFalse(openapi.contains("/api/v1/expenses"), openapi);
                assertFalse(openapi.contains("/meetings"), openapi);

                String metrics = Http.get(platform.uri("/metrics")).body();
                assertTrue(metrics.contains("route=\"/api/v1/buildings\""), metrics);
                assertFalse(metrics.contains("/api/v1/expenses"), "a disabled module appears in no metric");
                assertFalse(metrics.contains("/meetings"), "a disabled module appears in no metric");
                assertFalse(openapi.contains("/documents"), openapi);
                assertFalse(openapi.contains("/gdpr"), openapi);

                assertTrue(database.tableExists("buildings"));
                assertFalse(database.tableExists("expenses"), "changesets of a disabled module are not applied");
                assertFalse(database.tableExists("meetings"), "changesets of a disabled module are not applied");
                assertFalse(database.tableExists("documents"), "changesets of a disabled module are not applied");
                assertFalse(database.tableExists("gdpr_audit_log"), "changesets of a disabled module are not applied");
            }
        }
    }

    /** Its figures read 0, and its tables, which do not exist, are never asked. */
    private static void assertTheDashboardLeavesOutTheDisabledModule(Api syndic) throws Exception {
        Property.buildingId(syndic);
        JsonObject dashboard = Http.json(syndic.get("/api/v1/stats/syndic"));
        assertEquals(1, dashboard.getInt("total_buildings"), dashboard.toString());
        assertEquals(0, dashboard.getInt("pending_expenses_count"), dashboard.toString());
        assertEquals(0, Http.jsonArray(syndic.get("/api/v1/stats/syndic/urgent-tasks")).size());
    }

    /** Twenty concurrent list requests share at most {@code max} connections. */
    private static void assertThePoolStaysWithin(int max, Api api) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> statuses = clients.invokeAll(Collections.nCopies(200,
                    () -> api.get("/api/v1/buildings").statusCode()));
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            clients.shutdown();
        }
        PrometheusScrape metrics = PrometheusScrape.parse(api.get("/metrics").body());
        double open = metrics.select("koprogo_db_connections", Map.of()).stream()
                .mapToDouble(PrometheusScrape.Sample::value).sum();
        assertTrue(open >= 1 && open <= max, "pool connections open: " + open);
    }

    @Test
    void disablingARequiredModuleStopsStartupNamingBoth() throws Exception {
        RunningPlatform platform = RunningPlatform.startExpectingExit(work.resolve("data"),
                Map.of("KOPROGO_MODULES_DISABLED", "buildings"));
        assertEquals(REFUSED, platform.exitCode());
        String log = platform.log();
        assertTrue(log.contains("KoproGo cannot start: module 'documents' requires module 'buildings', which is"
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
