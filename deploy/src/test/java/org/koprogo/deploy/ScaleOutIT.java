package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.koprogo.deploy.Problems.assertProblem;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one database, as behind a load balancer: what one writes, the other's cache sees at once,
 * and the 100 % rule of shares holds when the racing grants arrive at different instances.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutIT {

    private static final String ADMIN = "ops@example.be";

    @TempDir
    static Path work;

    private ExternalDatabase database;
    private RunningPlatform first;
    private RunningPlatform second;
    private Api syndicOnFirst;
    private Api syndicOnSecond;

    @BeforeAll
    void startTwoInstances() throws Exception {
        database = new ExternalDatabase();
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("KOPROGO_ADMIN_EMAIL", ADMIN);
        environment.put("KOPROGO_ADMIN_PASSWORD", Api.PASSWORD);
        first = RunningPlatform.start(work.resolve("first"), environment);
        second = RunningPlatform.start(work.resolve("second"), environment);
        syndicOnFirst = Api.login(first, ADMIN, Api.PASSWORD).newOrganizationSyndic();
        syndicOnSecond = Api.login(second, syndicOnFirst.user().getString("email"), Api.PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {second, first, database}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void theChartCacheOfEveryInstanceSeesAWriteAtOnce() throws Exception {
        assertProblem(syndicOnSecond.get("/api/v1/accounts/611009"), 404);
        syndicOnFirst.created("/api/v1/accounts", "{\"code\":\"611009\",\"label\":\"Entretien façade\"}");
        assertEquals("Entretien façade", Http.json(syndicOnSecond.get("/api/v1/accounts/611009")).getString("label"));
        HttpResponse<String> renamed = syndicOnSecond.put("/api/v1/accounts/611009", "{\"label\":\"Façade\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("Façade", Http.json(syndicOnFirst.get("/api/v1/accounts/611009")).getString("label"));
    }

    @Test
    void racingGrantsOnBothInstancesNeverPassOneHundredPercent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 4; round++) {
                String unit = Property.unitId(syndicOnFirst, Property.buildingId(syndicOnFirst));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    Api instance = i % 2 == 0 ? syndicOnFirst : syndicOnSecond;
                    String owner = Property.ownerId(instance);
                    answers.add(pool.submit(() -> {
                        start.await();
                        return instance.post("/api/v1/units/" + unit + "/owners", Property.share(owner, "0.35"));
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get();
                    if (response.statusCode() == 201) {
                        won++;
                    } else {
                        assertProblem(response, 409);
                    }
                }
                assertEquals(2, won, "0.35 fits twice in a unit, round " + round);
                JsonObject total = Http.json(syndicOnSecond.get("/api/v1/units/" + unit + "/owners/total-percentage"));
                assertEquals(0, new BigDecimal("0.7").compareTo(
                        total.getJsonNumber("total_ownership_percentage").bigDecimalValue()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
