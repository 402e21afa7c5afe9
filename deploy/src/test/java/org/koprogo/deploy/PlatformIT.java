package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The uberjar on its embedded PostgreSQL, driven over HTTP. */
@ExtendWith(SharedPlatform.class)
class PlatformIT {

    final RunningPlatform platform;
    final Api syndic;

    PlatformIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.syndic = Api.admin(platform).newOrganizationSyndic();
    }

    @Test
    void answersKoproGoHealthAndReadiness() throws Exception {
        HttpResponse<String> health = Http.get(platform.uri("/api/v1/health"));
        assertEquals(200, health.statusCode());
        assertEquals("ok", Http.json(health).getString("status"));

        JsonObject ready = Http.json(Http.get(platform.uri("/health/ready")));
        assertEquals("UP", ready.getString("status"));
        // in no fixed order: the database reachable and migrated, and the instance not stopping
        assertEquals(Map.of("database", "UP", "serving", "UP"), ready.getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check.getString("status"))));
        assertEquals(200, Http.get(platform.uri("/health/live")).statusCode());
    }

    @Test
    void saysWhereTheEmbeddedDatabaseIsWhichKeepsCommittedWrites() throws Exception {
        String log = platform.log();
        assertTrue(Pattern.compile("embedded PostgreSQL 18.*Reach it with: ").matcher(log).find(), log);
        try (Connection connection = Psql.of(platform).connect();
             var rows = connection.createStatement().executeQuery("select string_agg(name || '=' || setting, ',' "
                     + "order by name) from pg_settings where name in ('fsync', 'synchronous_commit')")) {
            rows.next();
            assertEquals("fsync=on,synchronous_commit=on", rows.getString(1));
        }
    }

    @Test
    void listsEveryModuleEnabled() throws Exception {
        JsonObject modules = Http.json(Http.get(platform.uri("/api/v1/modules")));
        List<String> names = modules.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .peek(module -> assertTrue(module.getBoolean("enabled"), module.toString()))
                .map(module -> module.getString("name"))
                .toList();
        assertEquals(List.of("auth", "buildings", "documents", "expenses", "gdpr", "meetings", "owners", "seed",
                "stats"), names);
    }

    @Test
    void createsReadsAndListsBuildings() throws Exception {
        String organization = UUID.randomUUID().toString();
        HttpResponse<String> created = syndic.post("/api/v1/buildings", """
                {"organization_id":"%s","name":"Résidence Grand Place","address":"Grand Place 1",
                 "city":"Bruxelles","postal_code":"1000","country":"Belgique","total_units":12,
                 "construction_year":1905}""".formatted(organization));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject building = Http.json(created);
        String id = building.getString("id");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/buildings/" + id));
        assertEquals(1000, building.getInt("total_tantiemes"), "KoproGo's default tantièmes");
        assertTrue(building.getString("created_at").endsWith("Z"), building.toString());

        JsonObject read = Http.json(syndic.get("/api/v1/buildings/" + id));
        assertEquals("Résidence Grand Place", read.getString("name"));
        assertEquals("1000", read.getString("postal_code"));

        JsonObject page = Http.json(syndic.get("/api/v1/buildings?per_page=100&sort_by=city&order=desc"));
        assertTrue(page.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .anyMatch(b -> b.getString("id").equals(id)), page.toString());
        JsonObject pagination = page.getJsonObject("pagination");
        assertEquals(1, pagination.getInt("current_page"));
        assertEquals(100, pagination.getInt("per_page"));
        assertTrue(pagination.getInt("total_items") >= 1);
        assertEquals(false, pagination.getBoolean("has_previous"));
    }

    @Test
    void paginatesAcrossPages() throws Exception {
        String organization = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            assertEquals(201, syndic.post("/api/v1/buildings", """
                    {"organization_id":"%s","name":"Page %d","address":"Rue %d","city":"Liège",
                     "postal_code":"4000","country":"Belgique"}""".formatted(organization, i, i)).statusCode());
        }
        JsonObject second = Http.json(syndic.get("/api/v1/buildings?per_page=1&page=2"));
        JsonObject pagination = second.getJsonObject("pagination");
        assertEquals(1, second.getJsonArray("data").size());
        assertEquals(pagination.getInt("total_items"), pagination.getInt("total_pages"));
        assertTrue(pagination.getBoolean("has_next") && pagination.getBoolean("has_previous"), pagination.toString());
    }

    @Test
    void unknownRoutesAreProblems() throws Exception {
        JsonObject api = assertProblem(Http.get(platform.uri("/api/v1/no-such-thing")), 404);
        assertEquals("/api/v1/no-such-thing", api.getString("instance"));
        assertProblem(Http.get(platform.uri("/no-such-page.html")), 404);
        assertProblem(Http.get(platform.uri("/")), 404);
        assertProblem(syndic.get("/api/v1/buildings/" + UUID.randomUUID()), 404);
        assertProblem(syndic.get("/api/v1/buildings/not-a-uuid"), 404);
    }

    @Test
    void compressesJsonForClientsThatAcceptIt() throws Exception {
        assertEquals(201, syndic.post("/api/v1/buildings", """
                {"name":"Gzip","address":"Rue Haute 9","city":"Gand","postal_code":"9000","country":"Belgique"}""")
                .statusCode());
        HttpResponse<byte[]> gzipped = Http.CLIENT.send(HttpRequest.newBuilder(syndic.uri("/api/v1/buildings?per_page=100"))
                .header("Authorization", "Bearer " + syndic.token()).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"data\":["), json);
        assertTrue(gzipped.headers().allValues("Vary").stream().anyMatch(vary -> vary.contains("Accept-Encoding")),
                gzipped.headers().toString());
        HttpResponse<String> plain = syndic.get("/api/v1/buildings?per_page=100");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "only for clients that ask");
        assertEquals(plain.body(), json);

        HttpResponse<byte[]> problem = Http.CLIENT.send(HttpRequest.newBuilder(syndic.uri("/api/v1/buildings/"
                        + UUID.randomUUID())).header("Authorization", "Bearer " + syndic.token())
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, problem.statusCode());
        assertEquals("gzip", problem.headers().firstValue("Content-Encoding").orElse(""), "problems too");
        assertTrue(new String(new GZIPInputStream(new ByteArrayInputStream(problem.body())).readAllBytes(),
                StandardCharsets.UTF_8).contains("\"status\":404"));
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
        HttpResponse<String> response = Http.send("DELETE", platform.uri("/api/v1/health"), null, null);
        assertProblem(response, 405);
        assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"), response.headers().toString());
    }

    @Test
    void unsupportedMediaTypeIs415() throws Exception {
        assertProblem(syndic.send("POST", "/api/v1/buildings", "text/plain", "name=x"), 415);
    }

    @Test
    void malformedJsonIs400() throws Exception {
        JsonObject problem = assertProblem(syndic.post("/api/v1/buildings", "{\"name\": "), 400);
        assertTrue(problem.getString("detail").startsWith("The request body is not valid JSON"), problem.toString());
        JsonObject array = assertProblem(syndic.post("/api/v1/buildings", "[1,2]"), 400);
        assertEquals("The request body must be a JSON object", array.getString("detail"));
    }

    @Test
    void valuesOfTheWrongTypeArePointedAtInJsonTerms() throws Exception {
        Map<String, String> cases = Map.of(
                "{\"organization_id\":\"not-a-uuid\"}", "#/organization_id",
                "{\"total_units\":\"many\"}", "#/total_units",
                "{\"total_units\":\"12\"}", "#/total_units",
                "{\"total_units\":12.5}", "#/total_units",
                "{\"name\":12}", "#/name",
                "{\"city\":true}", "#/city");
        for (var body : cases.entrySet()) {
            JsonObject problem = assertProblem(syndic.post("/api/v1/buildings", body.getKey()), 400);
            JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
            assertEquals(body.getValue(), error.getString("pointer"), problem.toString());
            assertTrue(error.getString("detail").startsWith("must be a "), problem.toString());
            assertFalse(problem.toString().contains("java."), "no Java type names: " + problem);
        }
    }

    @Test
    void invalidFieldsAre400WithPointers() throws Exception {
        JsonObject problem = assertProblem(syndic.post("/api/v1/buildings",
                "{\"name\":\"\",\"postal_code\":\"" + "9".repeat(30) + "\",\"total_units\":-1}"), 400);
        List<String> pointers = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("pointer")).toList();
        assertTrue(pointers.containsAll(List.of("#/name", "#/address", "#/city",
                "#/postal_code", "#/country", "#/total_units")), pointers.toString());
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeItIsSent() throws Exception {
        String response = rawPost("Content-Length: 50000000\r\n", new byte[0]);
        assertTrue(response.startsWith("HTTP/1.1 413") && response.contains("application/problem+json"), response);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("1\r\n{\r\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 18; i++) { // 18 x 64 KiB: past the 1 MiB cap
            body.write(chunk);
        }
        String response = rawPost("Transfer-Encoding: chunked\r\n", body.toByteArray());
        assertTrue(response.startsWith("HTTP/1.1 413") && response.contains("application/problem+json"), response);
    }

    /**
     * Posts over a bare socket, as a client that keeps sending would: the server may answer and close before
     * the body is through, which HTTP client libraries report as a failed request rather than the answer.
     */
    private String rawPost(String framing, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", platform.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(("POST /api/v1/buildings HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\n" + framing + "\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(body);
            } catch (IOException closedEarly) {
                // the server stopped reading once past the cap; its answer is still there to read
            }
            StringBuilder response = new StringBuilder();
            byte[] buffer = new byte[1024];
            for (int n; !response.toString().endsWith("}") && (n = socket.getInputStream().read(buffer)) > 0; ) {
                response.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            return response.toString();
        }
    }

    @Test
    void emptyBodyIs400() throws Exception {
        JsonObject problem = assertProblem(syndic.post("/api/v1/buildings", ""), 400);
        assertEquals("#", problem.getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }

    @Test
    void unknownMembersAreIgnoredAsKoproGoClientsExpect() throws Exception {
        HttpResponse<String> created = syndic.post("/api/v1/buildings", """
                {"organization_id":"%s","name":"Les Ormes","address":"Rue Neuve 2","city":"Namur",
                 "postal_code":"5000","country":"Belgique","syndic_notes":"from an older client"}"""
                .formatted(UUID.randomUUID()));
        assertEquals(201, created.statusCode(), created.body());
    }

    @Test
    void invalidListParametersAre400NamingThem() throws Exception {
        JsonObject problem = assertProblem(syndic.get(
                "/api/v1/buildings?page=0&per_page=0&sort_by=password&order=sideways"), 400);
        List<String> parameters = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("parameter")).toList();
        assertEquals(List.of("page", "per_page", "order", "sort_by"), parameters, "every bad parameter, at once");
        JsonObject sort = assertProblem(syndic.get("/api/v1/buildings?sort_by=password"), 400);
        assertEquals("sort_by", sort.getJsonArray("errors").getJsonObject(0).getString("parameter"));
        for (String beyond : List.of("30000000", "999999999")) {
            JsonObject far = assertProblem(syndic.get("/api/v1/buildings?per_page=100&page=" + beyond), 400);
            assertEquals("page", far.getJsonArray("errors").getJsonObject(0).getString("parameter"), far.toString());
        }
    }

    @Test
    void openApiDescribesTheRoutes() throws Exception {
        HttpResponse<String> openapi = Http.get(platform.uri("/openapi"));
        assertEquals(200, openapi.statusCode(), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/buildings/{id}:"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/expenses:"), openapi.body());
    }
}
