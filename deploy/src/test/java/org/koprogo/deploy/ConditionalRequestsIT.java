package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Strong ETags on single resources: 304 for a current copy, 412 for a write based on a stale one. */
@ExtendWith(SharedPlatform.class)
class ConditionalRequestsIT {

    final Api syndic;
    final Api otherOrganization;

    ConditionalRequestsIT(RunningPlatform platform) throws Exception {
        Api admin = Api.admin(platform);
        this.syndic = admin.newOrganizationSyndic();
        this.otherOrganization = admin.newOrganizationSyndic();
    }

    private static final String BUILDING = """
            {"name":"%s","address":"Quai de la Batte 10","city":"Liège","postal_code":"4000","country":"Belgique",
             "total_units":8}""";

    private HttpResponse<String> send(String method, String path, String header, String value, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(syndic.uri(path))
                .header("Authorization", "Bearer " + syndic.token()).header(header, value)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return Http.send(request);
    }

    @Test
    void readsAreConditionalAndStaleWritesAre412() throws Exception {
        String path = syndic.post("/api/v1/buildings", BUILDING.formatted("La Batte")).headers()
                .firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> read = syndic.get(path);
        String first = read.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.startsWith("\"") && !first.startsWith("W/"), "a strong tag: " + first);
        assertEquals(304, send("GET", path, "If-None-Match", first, null).statusCode());

        HttpResponse<String> updated = send("PUT", path, "If-Match", first, BUILDING.formatted("La Batte rénovée"));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("La Batte rénovée", Http.json(updated).getString("name"));
        String second = updated.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(first, second);
        assertEquals(200, send("GET", path, "If-None-Match", first, null).statusCode(), "the old copy is stale");

        assertProblem(send("PUT", path, "If-Match", first, BUILDING.formatted("Écrasée")), 412);
        assertProblem(send("DELETE", path, "If-Match", first, null), 412);
        assertEquals("La Batte rénovée", Http.json(syndic.get(path)).getString("name"), "no lost update");

        assertProblem(otherOrganization.put(path, BUILDING.formatted("Volée")), 404);
        assertProblem(otherOrganization.send("DELETE", path, null, null), 404);
        assertEquals(204, send("DELETE", path, "If-Match", second, null).statusCode());
        assertProblem(syndic.get(path), 404);
    }
}
