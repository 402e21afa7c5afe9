package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM with a slow upload in flight, its transaction open: the instance reports not ready at once, still
 * serves what arrives, answers the upload, then ends with 0 and refuses connections. An upload that outlasts the
 * grace is cut, and its transaction never commits: no write the client did not see acknowledged is left behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GracefulShutdownIT {

    private static final String ADMIN = "ops@example.be";
    private static final int GRACE_SECONDS = 15;

    @TempDir
    static Path work;

    private ExternalDatabase database;

    @BeforeAll
    void startDatabase() throws IOException {
        database = new ExternalDatabase();
    }

    @AfterAll
    void stopDatabase() throws Exception {
        RunningPlatform.closeAll(database);
    }

    @Test
    void theUploadInFlightIsAnsweredAndStoredBeforeTheInstanceEnds() throws Exception {
        RunningPlatform platform = start("drained", GRACE_SECONDS);
        try {
            Api syndic = Api.login(platform, ADMIN, Api.PASSWORD).newOrganizationSyndic();
            String building = Property.buildingId(syndic);
            CompletableFuture<HttpResponse<String>> upload = Uploads.slowUpload(syndic, building, Duration.ofMillis(100));
            database.awaitTransactionsWaitingForClients(1);

            platform.signalStop();

            assertEquals(503, readinessOnceChanged(platform), "not ready as soon as told to stop");
            assertEquals(200, syndic.get("/api/v1/buildings/" + building).statusCode(), "what arrives is served");
            HttpResponse<String> answered = upload.get(GRACE_SECONDS, TimeUnit.SECONDS);
            assertEquals(201, answered.statusCode(), answered.body());
            assertTrue(platform.exitsWithin(Duration.ofSeconds(GRACE_SECONDS)), "ends once the upload is answered");
            assertEquals(0, platform.exitCode(), "a graceful stop is a success");
            assertThrows(ConnectException.class, () -> Http.get(platform.uri("/health/live")));
            String id = Http.json(answered).getString("id");
            assertEquals(1, database.count("select count(*) from documents where id = '" + id + "'"));
            assertTrue(platform.log().contains("every request was answered"), "the log says the stop was clean");
        } finally {
            platform.close();
        }
    }

    @Test
    void anUploadOutlastingTheGraceIsCutAndLeavesNothing() throws Exception {
        RunningPlatform platform = start("cut", 1);
        try {
            Api syndic = Api.login(platform, ADMIN, Api.PASSWORD).newOrganizationSyndic();
            String building = Property.buildingId(syndic);
            long before = database.count("select count(*) from documents");
            CompletableFuture<HttpResponse<String>> upload = Uploads.slowUpload(syndic, building, Duration.ofMillis(300));
            database.awaitTransactionsWaitingForClients(1);

            platform.signalStop();

            assertTrue(platform.exitsWithin(Duration.ofSeconds(30)));
            assertFalse(acknowledged(upload), "the upload was cut, not answered 2xx");
            assertEquals(0, platform.exitCode());
            assertEquals(before, database.count("select count(*) from documents"), "the cut upload never committed");
            assertTrue(platform.log().contains("cutting the requests still in flight: 1"), "the log says what was cut");
        } finally {
            platform.close();
        }
    }

    private RunningPlatform start(String name, int graceSeconds) throws Exception {
        Map<String, String> environment = new HashMap<>(database.environmentWithAdmin(ADMIN));
        environment.put("KOPROGO_SHUTDOWN_GRACE_SECONDS", String.valueOf(graceSeconds));
        return RunningPlatform.start(work.resolve(name), environment);
    }

    /**
     * Whether the request, its server gone, got a 2xx. One still waiting never will (the client may notice the
     * closed connection only when it next writes), and it is given up.
     */
    private static boolean acknowledged(CompletableFuture<HttpResponse<String>> request) {
        boolean answered = request.isDone() && !request.isCompletedExceptionally()
                && request.join().statusCode() / 100 == 2;
        request.cancel(true);
        return answered;
    }

    /** The status of /health/ready once it is no longer 200, asked until then (the signal is handled apart). */
    private static int readinessOnceChanged(RunningPlatform platform) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        int status;
        do {
            status = Http.get(platform.uri("/health/ready")).statusCode();
        } while (status == 200 && System.nanoTime() < deadline);
        return status;
    }
}
