package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** module-seed: the demo and realistic worlds from the command line and the API, refuse or replace, removal. */
class SeedIT {

    @TempDir
    Path work;

    @Test
    void seedsFromTheCommandLineAndTheApiAndRemovesOnlySeedData() throws Exception {
        Path data = work.resolve("data");
        try (RunningPlatform platform = RunningPlatform.start(data, Map.of(), List.of("--seed", "demo"))) {
            assertTheDemoWorldIsThere(platform);
            Api admin = Api.admin(platform);

            assertProblem(admin.post("/api/v1/seed/demo", ""), 409);
            HttpResponse<String> replaced = admin.post("/api/v1/seed/demo?replace=true", "");
            assertEquals(200, replaced.statusCode(), replaced.body());
            assertEquals("replaced", Http.json(replaced).getString("action"));
            assertTheDemoWorldIsThere(platform);

            HttpResponse<String> planted = admin.post("/api/v1/seed/realistic?scale=2&seed=7", "");
            assertEquals(201, planted.statusCode(), planted.body());
            JsonObject realistic = Http.json(planted);
            JsonObject rows = realistic.getJsonObject("rows");
            assertEquals(6, realistic.getInt("organizations"));
            assertEquals(List.of(46, 380, 252, 120), List.of(rows.getInt("buildings"), rows.getInt("units"),
                    rows.getInt("owners"), rows.getInt("expenses")));
            assertTrue(realistic.getJsonNumber("rows_per_second").longValue() > 0);
            Api small = Api.login(platform, "admin@small-2.be", "admin123");
            assertEquals(30, total(small, "/api/v1/units"));
            assertEquals(5, total(small, "/api/v1/buildings"));
            assertEquals(List.of("demo", "realistic"), Http.jsonArray(admin.get("/api/v1/seed"))
                    .getValuesAs(JsonObject.class).stream().map(seed -> seed.getString("kind")).toList());

            assertProblem(admin.post("/api/v1/seed/realistic?scale=0", ""), 400);
            assertProblem(admin.post("/api/v1/seed/demo?scale=3", ""), 400);
            assertProblem(admin.post("/api/v1/seed/realistic?replace=maybe", ""), 400);
            assertProblem(admin.post("/api/v1/seed/galaxy", ""), 404);
            assertProblem(small.post("/api/v1/seed/demo", ""), 403);
            assertProblem(small.delete("/api/v1/seed"), 403);

            // rows a seeded organization made itself, in a module's private table and in the core's
            HttpResponse<String> account = Http.send(HttpRequest.newBuilder(small.uri("/api/v1/accounts"))
                    .header("Authorization", "Bearer " + small.token()).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "seeded-account")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"619999\",\"label\":\"Frais divers\"}")));
            assertEquals(201, account.statusCode(), account.body());

            Api other = admin.newOrganizationSyndic();
            String building = other.created("/api/v1/buildings", Property.building(1000)).getString("id");
            JsonObject removed = Http.json(admin.delete("/api/v1/seed"));
            assertEquals(9, removed.getInt("organizations"));
            JsonObject removedRows = removed.getJsonObject("rows");
            assertEquals(List.of(9, 4 + 380, 1, 1), List.of(removedRows.getInt("organizations"),
                    removedRows.getInt("units"), removedRows.getInt("accounts"),
                    removedRows.getInt("idempotency_keys")));
            assertEquals(401, Http.postJson(platform.uri("/api/v1/auth/login"),
                    "{\"email\":\"syndic@grandplace.be\",\"password\":\"syndic123\"}").statusCode());
            assertEquals(200, other.get("/api/v1/buildings/" + building).statusCode(), "other data stays");
            assertEquals(0, Http.jsonArray(admin.get("/api/v1/seed")).size());
            HttpResponse<String> demo = admin.post("/api/v1/seed/demo", "");
            assertEquals(201, demo.statusCode());
            assertTrue(Http.json(demo).getBoolean("success"), "KoproGo's web client wants success, then message");
            assertTrue(Http.json(demo).getString("message").contains("syndic@grandplace.be / syndic123"), demo.body());

            // KoproGo's web client clears with a POST, with a JSON content type and no body, or with neither
            JsonObject cleared = Http.json(admin.post("/api/v1/seed/clear", ""));
            assertTrue(cleared.getBoolean("success"));
            assertEquals("Seed data cleared: 3 organizations removed.", cleared.getString("message"));
            HttpResponse<String> nothing = Http.send(HttpRequest.newBuilder(admin.uri("/api/v1/seed/clear"))
                    .header("Authorization", "Bearer " + admin.token()).POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, nothing.statusCode(), nothing.body());
            assertEquals("No seed data found to clear.", Http.json(nothing).getString("message"));
            assertEquals(201, admin.post("/api/v1/seed/demo", "").statusCode());
        }
        try (RunningPlatform again = RunningPlatform.start(data, Map.of(), List.of("--seed", "demo"))) {
            assertTrue(again.log().contains("Seed left as it is: demo data"), "a restart keeps its seed");
            assertTheDemoWorldIsThere(again);
        }
    }

    private static void assertTheDemoWorldIsThere(RunningPlatform platform) throws Exception {
        Api syndic = Api.login(platform, "syndic@grandplace.be", "syndic123");
        assertEquals(2, total(syndic, "/api/v1/buildings"));
        assertEquals(4, total(syndic, "/api/v1/units"));
        assertEquals(4, total(syndic, "/api/v1/expenses"));
        Api owner = Api.login(platform, "proprietaire1@grandplace.be", "owner123");
        assertEquals("Pierre", Http.json(owner.get("/api/v1/owners/me")).getString("first_name"));
        assertEquals(200, Api.login(platform, "comptable@grandplace.be", "comptable123").get("/api/v1/accounts")
                .statusCode());
    }

    private static int total(Api api, String list) throws Exception {
        return Http.json(api.get(list)).getJsonObject("pagination").getInt("total_items");
    }
}
