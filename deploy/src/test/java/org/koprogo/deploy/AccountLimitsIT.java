package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
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
 * The chart of accounts stays bounded and unambiguous: an organization's own chart is capped
 * (KOPROGO_MAX_ORGANIZATION_ACCOUNTS), even against parallel creations, a shared code never hides an
 * organization's own account, and a changed chart is read from the database once, not once per reader.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountLimitsIT {

    private static final int CAP = 3;

    @TempDir
    static Path work;

    private RunningPlatform platform;
    private Api admin;

    @BeforeAll
    void start() throws Exception {
        platform = RunningPlatform.start(work.resolve("data"),
                Map.of("KOPROGO_MAX_ORGANIZATION_ACCOUNTS", String.valueOf(CAP)));
        admin = Api.admin(platform);
    }

    @AfterAll
    void stop() throws Exception {
        RunningPlatform.closeAll(platform);
    }

    @Test
    void anOrganizationsOwnChartIsCappedEvenAgainstParallelCreations() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        List<Integer> statuses = race(syndic, 10);
        assertEquals(CAP, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        JsonObject refused = assertProblem(syndic.post("/api/v1/accounts", account("619999")), 409);
        assertTrue(refused.getString("detail").contains("at most " + CAP), refused.toString());

        Api other = admin.newOrganizationSyndic();
        assertEquals(201, other.post("/api/v1/accounts", account("619999")).statusCode(), "a cap per organization");
        assertEquals(201, admin.post("/api/v1/accounts", account("7" + (int) (Math.random() * 1_000_000)))
                .statusCode(), "the shared chart is the superadmin's, not capped");
    }

    @Test
    void aSharedCodeNeverHidesAnOrganizationsOwnAccount() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String code = "619" + (int) (Math.random() * 1_000_000);
        syndic.created("/api/v1/accounts", account(code));
        JsonObject refused = assertProblem(admin.post("/api/v1/accounts", account(code)), 409);
        assertTrue(refused.getString("detail").contains("organization"), refused.toString());
        assertEquals("Compte " + code, Http.json(syndic.get("/api/v1/accounts/" + code)).getString("label"));
        assertProblem(admin.newOrganizationSyndic().get("/api/v1/accounts/" + code), 404);
    }

    @Test
    void aChangedChartIsReloadedByOneReaderWhileTheOthersServeThePreviousSnapshot() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        try (Connection connection = Psql.of(platform).connect()) {
            connection.createStatement().execute("create extension if not exists pg_stat_statements");
        }
        String code = "6197" + (int) (Math.random() * 100_000);
        syndic.created("/api/v1/accounts", account(code));
        for (int round = 0; round < 3; round++) {
            HttpResponse<String> renamed = syndic.put("/api/v1/accounts/" + code,
                    "{\"label\":\"Compte révisé " + round + "\"}");
            assertEquals(200, renamed.statusCode(), renamed.body());
            long before = chartLoads();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> reads = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    reads.add(pool.submit(() -> {
                        go.await();
                        return syndic.get("/api/v1/accounts?per_page=1");
                    }));
                }
                go.countDown();
                for (Future<HttpResponse<String>> read : reads) {
                    assertEquals(200, read.get().statusCode(), read.get().body());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, chartLoads() - before, "16 readers of a changed chart, one load, round " + round);
        }
    }

    /** How often an organization's chart was read from PostgreSQL, from pg_stat_statements. */
    private long chartLoads() throws Exception {
        try (Connection connection = Psql.of(platform).connect();
             var rows = connection.createStatement().executeQuery("select coalesce(sum(calls), 0)"
                     + " from pg_stat_statements where query ilike '%from accounts where (organization_id = $1)%'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String account(String code) {
        return "{\"code\":\"%s\",\"label\":\"Compte %s\"}".formatted(code, code);
    }

    /** Creations of distinct codes released at the same instant; their statuses. */
    private static List<Integer> race(Api syndic, int creations) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(creations);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < creations; i++) {
                String code = "61990" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return syndic.post("/api/v1/accounts", account(code));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() != 201) {
                    assertProblem(response, 409);
                }
                statuses.add(response.statusCode());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
