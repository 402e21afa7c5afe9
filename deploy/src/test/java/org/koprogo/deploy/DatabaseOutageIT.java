package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped under the platform (pg_ctl stop -m fast, as a restart does) then started again, and a pool
 * whose every connection is held: each request needing the database gets 503 problem+json with Retry-After within
 * a bound, never a hang nor a 500; readiness is DOWN meanwhile; the platform serves again within 10 s of the
 * database's return, with the connections it held before the restart dropped; a write retried with its
 * Idempotency-Key after the outage exists once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    private static final String ADMIN = "ops@example.be";
    /** The longest a request may take while the database is away or the pool full: the pool's wait (1 s), and more. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    /** How soon after the database's return the platform must serve again. */
    private static final Duration RETURN = Duration.ofSeconds(10);
    private static final String POOL_MAX = "2";

    @TempDir
    static Path work;

    private ExternalDatabase database;
    private RunningPlatform platform;
    private Api syndic;
    private String building;

    @BeforeAll
    void start() throws Exception {
        database = new ExternalDatabase(work.resolve("postgres"));
        Map<String, String> environment = new HashMap<>(database.environmentWithAdmin(ADMIN));
        environment.put("KOPROGO_DB_POOL_MAX", POOL_MAX);
        environment.put("KOPROGO_DB_POOL_WAIT_MILLIS", "1000");
        platform = RunningPlatform.start(work.resolve("data"), environment);
        syndic = Api.login(platform, ADMIN, Api.PASSWORD).newOrganizationSyndic();
        building = Property.buildingId(syndic);
    }

    @AfterAll
    void stop() throws Exception {
        RunningPlatform.closeAll(platform, database);
    }

    @Test
    void whileTheDatabaseIsDownRequestsGet503AndItServesAgainWithinTenSecondsOfItsReturn() throws Exception {
        String key = UUID.randomUUID().toString();
        String expense = Property.expense(building, "42").replace("Entretien mensuel", "outage " + key);
        assertEquals(200, send("GET", "/api/v1/expenses", null, null).statusCode(), "the pool holds connections");

        database.stop();
        try {
            assertUnavailable(send("GET", "/api/v1/expenses", null, null));
            assertUnavailable(send("GET", "/api/v1/buildings/" + building, null, null));
            assertUnavailable(send("POST", "/api/v1/expenses", expense, key));
            assertEquals(503, Http.send(HttpRequest.newBuilder(platform.uri("/health/ready")), BOUND).statusCode());
            assertEquals(200, Http.send(HttpRequest.newBuilder(platform.uri("/health/live")), BOUND).statusCode(),
                    "alive: nothing a restart of the instance would mend");
        } finally {
            database.start();
        }

        assertEquals(200, statusOnceServing("/api/v1/expenses"), "serving within 10 s of the database's return");
        assertEquals(200, Http.send(HttpRequest.newBuilder(platform.uri("/health/ready")), BOUND).statusCode());
        HttpResponse<String> created = send("POST", "/api/v1/expenses", expense, key);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> retried = send("POST", "/api/v1/expenses", expense, key);
        assertEquals(201, retried.statusCode(), "replayed");
        assertEquals(Http.json(created).getString("id"), Http.json(retried).getString("id"));
        assertEquals(1, database.count("select count(*) from expenses where description = 'outage " + key + "'"));
    }

    @Test
    void whenEveryConnectionIsHeldARequestGets503AfterThePoolsWait() throws Exception {
        CompletableFuture<HttpResponse<String>> first = Uploads.slowUpload(syndic, building, Duration.ofMillis(100));
        CompletableFuture<HttpResponse<String>> second = Uploads.slowUpload(syndic, building, Duration.ofMillis(100));
        database.awaitTransactionsWaitingForClients(Integer.parseInt(POOL_MAX));

        JsonObject refused = assertUnavailable(send("GET", "/api/v1/expenses", null, null));
        assertTrue(refused.getString("detail").contains("busy"), refused::toString);

        assertEquals(201, first.get(60, TimeUnit.SECONDS).statusCode(), "the uploads holding the pool go on");
        assertEquals(201, second.get(60, TimeUnit.SECONDS).statusCode());
        assertEquals(200, send("GET", "/api/v1/expenses", null, null).statusCode(), "served once they are done");
    }

    private static JsonObject assertUnavailable(HttpResponse<String> response) {
        JsonObject problem = assertProblem(response, 503);
        assertEquals("1", response.headers().firstValue("Retry-After").orElse(""), response.headers()::toString);
        return problem;
    }

    /**
     * The status of a GET asked again until it is 200, for at most {@link #RETURN}; meanwhile each answer is a 503
     * problem, never a 500.
     */
    private int statusOnceServing(String path) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + RETURN.toNanos();
        HttpResponse<String> response = send("GET", path, null, null);
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            assertUnavailable(response);
            Thread.sleep(100);
            response = send("GET", path, null, null);
        }
        return response.statusCode();
    }

    /** The syndic's request, failing with HttpTimeoutException unless answered within {@link #BOUND}. */
    private HttpResponse<String> send(String method, String path, String json, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.uri(path))
                .header("Authorization", "Bearer " + syndic.token())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return Http.send(request, BOUND);
    }
}
