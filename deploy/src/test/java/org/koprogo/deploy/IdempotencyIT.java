package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Idempotency-Key on POST: replay, mismatch, in flight, and a race of retries that creates exactly once. */
@ExtendWith(SharedPlatform.class)
class IdempotencyIT {

    final RunningPlatform platform;
    final Api syndic;

    IdempotencyIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.syndic = Api.admin(platform).newOrganizationSyndic();
    }

    private static String building(String name) {
        return """
                {"name":"%s","address":"Rue du Marché 3","city":"Mons","postal_code":"7000","country":"Belgique"}"""
                .formatted(name);
    }

    private HttpResponse<String> post(Api api, String key, String body) throws Exception {
        return Http.send(HttpRequest.newBuilder(platform.uri("/api/v1/buildings"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + api.token())
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private int buildings(Api api) throws Exception {
        return Http.json(api.get("/api/v1/buildings?per_page=1")).getJsonObject("pagination").getInt("total_items");
    }

    @Test
    void aRetryGetsTheFirstResponseAndCreatesNothing() throws Exception {
        String key = "\"" + UUID.randomUUID() + "\"";
        int before = buildings(syndic);
        HttpResponse<String> first = post(syndic, key, building("Les Tilleuls"));
        HttpResponse<String> retry = post(syndic, key, building("Les Tilleuls"));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals(first.body(), retry.body());
        assertEquals(first.headers().firstValue("Location"), retry.headers().firstValue("Location"));
        assertEquals(before + 1, buildings(syndic));

        assertProblem(post(syndic, key, building("Autre chose")), 422);
        HttpResponse<String> otherUser = post(Api.admin(platform).newOrganizationSyndic(), key,
                building("Les Tilleuls"));
        assertEquals(201, otherUser.statusCode(), "keys belong to their user");
        assertProblem(post(syndic, "x".repeat(256), building("Trop long")), 400);
    }

    @Test
    void concurrentRetriesCreateExactlyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = buildings(syndic);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            Callable<HttpResponse<String>> retry = () -> post(syndic, key, building("La Course"));
            for (Future<HttpResponse<String>> response : clients.invokeAll(Collections.nCopies(6, retry))) {
                responses.add(response.get());
            }
        } finally {
            clients.shutdown();
        }
        Set<String> created = new HashSet<>();
        for (HttpResponse<String> response : responses) {
            assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.body());
            if (response.statusCode() == 201) {
                created.add(Http.json(response).getString("id"));
            }
        }
        assertEquals(1, created.size(), "every 201 is the one creation: " + responses);
        assertEquals(before + 1, buildings(syndic));
    }

    @Test
    void aKeyInFlightIs409UntilItsRequestIsPresumedDead() throws Exception {
        try (Connection db = database()) {
            String key = UUID.randomUUID().toString();
            db.createStatement().execute("insert into idempotency_keys (user_id, idempotency_key, fingerprint, state,"
                    + " expires_at) values ('" + syndic.userId() + "', '" + key + "', repeat('0', 64), 'in_flight',"
                    + " now() + interval '1 day')");
            assertProblem(post(syndic, key, building("En vol")), 409);
            db.createStatement().execute("update idempotency_keys set created_at = now() - interval '2 minutes'"
                    + " where idempotency_key = '" + key + "'");
            assertEquals(201, post(syndic, key, building("En vol")).statusCode(), "an abandoned claim is taken over");
        }
    }

    /**
     * A request whose writes committed, on an instance that died before storing the answer: the key was marked in
     * the writes' own transaction, so a retry is told the answer is lost instead of writing a second time.
     */
    @Test
    void aKeyWhoseWritesCommittedIsNeverRunAgain() throws Exception {
        String written = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        assertEquals(201, post(syndic, written, building("Les Marronniers")).statusCode());
        assertProblem(post(syndic, refused, "{\"name\":\"\"}"), 400);
        int before = buildings(syndic);
        try (Connection db = database()) {
            assertEquals("done true", keyRow(db, written), "marked in the transaction that wrote the building");
            assertEquals("done false", keyRow(db, refused), "refused before any write");
            db.createStatement().execute("update idempotency_keys set state = 'in_flight', response_status = null,"
                    + " response_body = null, created_at = now() - interval '2 minutes' where idempotency_key = '"
                    + written + "'");
        }
        JsonObject lost = assertProblem(post(syndic, written, building("Les Marronniers")), 409);
        assertTrue(lost.getString("detail").contains("answer was lost"), lost.toString());
        assertEquals(before, buildings(syndic), "nothing written twice");
    }

    private static String keyRow(Connection db, String key) throws Exception {
        try (var row = db.createStatement().executeQuery("select state || ' ' || applied from idempotency_keys"
                + " where idempotency_key = '" + key + "'")) {
            return row.next() ? row.getString(1) : "none";
        }
    }

    private Connection database() throws Exception {
        return Psql.of(platform).connect();
    }
}
