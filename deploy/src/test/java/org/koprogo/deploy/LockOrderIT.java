package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;
import static org.koprogo.deploy.Property.unit;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that lock the same rows take their locks in one order, so they never deadlock: units created and
 * deleted at once on one building, and the seed or an organization removed while the API writes, in it and in others.
 * Every answer is the one a lone request would get, or a 4xx once its data is gone; never a 5xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockOrderIT {

    private static final int WRITERS = 4;

    @TempDir
    static Path work;

    private RunningPlatform platform;
    private Api admin;

    @BeforeAll
    void start() throws Exception {
        platform = RunningPlatform.start(work.resolve("data"), Map.of());
        admin = Api.admin(platform);
    }

    @AfterAll
    void stop() throws Exception {
        RunningPlatform.closeAll(platform);
    }

    @Test
    void unitsCreatedAndDeletedAtOnceOnOneBuildingNeverDeadlock() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String building = Property.buildingId(syndic);
        for (int round = 0; round < 5; round++) {
            List<String> existing = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                existing.add(syndic.created("/api/v1/units", unit(building, "D" + round + "-" + i, "Apartment", "1"))
                        .getString("id"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> creates = new ArrayList<>();
                List<Future<HttpResponse<String>>> deletes = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String number = "C" + round + "-" + i;
                    String doomed = existing.get(i);
                    creates.add(pool.submit(() -> {
                        go.await();
                        return syndic.post("/api/v1/units", unit(building, number, "Apartment", "1"));
                    }));
                    deletes.add(pool.submit(() -> {
                        go.await();
                        return syndic.delete("/api/v1/units/" + doomed);
                    }));
                }
                go.countDown();
                for (Future<HttpResponse<String>> created : creates) {
                    assertEquals(201, created.get().statusCode(), created.get().body());
                }
                for (Future<HttpResponse<String>> deleted : deletes) {
                    assertEquals(204, deleted.get().statusCode(), deleted.get().body());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        assertEquals(5 * 8, Http.json(syndic.get("/api/v1/units?building_id=" + building))
                .getJsonObject("pagination").getInt("total_items"), "every create stayed, every delete went");
        assertNoDeadlockLogged();
    }

    @Test
    void removingTheSeedWhileTheApiWritesNeverDeadlocks() throws Exception {
        Api other = admin.newOrganizationSyndic();
        String otherBuilding = Property.buildingId(other);
        for (int round = 0; round < 3; round++) {
            assertEquals(201, admin.post("/api/v1/seed/demo", "").statusCode());
            Api seedSyndic = Api.login(platform, "syndic@grandplace.be", "syndic123");
            boolean inSeeding = round == 1;
            removeWhileTheApiWrites(seedSyndic, other, otherBuilding, () -> inSeeding
                    ? admin.post("/api/v1/seed/demo?replace=true", "") // erases inside the seeding
                    : admin.delete("/api/v1/seed"));
            if (inSeeding) {
                assertEquals(200, admin.delete("/api/v1/seed").statusCode());
            }
        }
        assertNoDeadlockLogged();
    }

    @Test
    void deletingAnOrganizationWhileTheApiWritesNeverDeadlocks() throws Exception {
        Api other = admin.newOrganizationSyndic();
        String otherBuilding = Property.buildingId(other);
        for (int round = 0; round < 3; round++) {
            Api doomed = admin.newOrganizationSyndic();
            removeWhileTheApiWrites(doomed, other, otherBuilding,
                    () -> admin.delete("/api/v1/organizations/" + doomed.organizationId()));
        }
        assertNoDeadlockLogged();
    }

    /**
     * Units come and go in the doomed organization and in another while the removal runs: it succeeds, the other
     * organization's writes all do, and the doomed one's fail cleanly (4xx) once their data is gone.
     */
    private void removeWhileTheApiWrites(Api doomed, Api other, String otherBuilding,
                                         Callable<HttpResponse<String>> removal) throws Exception {
        String doomedBuilding = Property.buildingId(doomed);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch writing = new CountDownLatch(2 * WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(2 * WRITERS);
        try {
            List<Future<List<HttpResponse<String>>>> others = new ArrayList<>();
            List<Future<List<HttpResponse<String>>>> inDoomed = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String prefix = "W" + i + "-" + Property.unique() + "-";
                others.add(pool.submit(() -> unitsComeAndGo(other, otherBuilding, prefix, writing, stop)));
                inDoomed.add(pool.submit(() -> unitsComeAndGo(doomed, doomedBuilding, prefix, writing, stop)));
            }
            writing.await();
            HttpResponse<String> removed = removal.call();
            assertEquals(200, removed.statusCode(), removed.body());
            stop.set(true);
            for (Future<List<HttpResponse<String>>> writer : others) {
                for (HttpResponse<String> response : writer.get()) {
                    assertTrue(response.statusCode() == 201 || response.statusCode() == 204, response.body());
                }
            }
            for (Future<List<HttpResponse<String>>> writer : inDoomed) {
                for (HttpResponse<String> response : writer.get()) {
                    if (response.statusCode() >= 400) {
                        assertProblem(response, response.statusCode());
                        assertTrue(response.statusCode() < 500, response.body());
                    }
                }
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }

    /** Creates a unit then deletes it, again and again until told to stop; every answer. */
    private static List<HttpResponse<String>> unitsComeAndGo(Api api, String building, String prefix,
                                                             CountDownLatch writing, AtomicBoolean stop)
            throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; !stop.get(); i++) {
                HttpResponse<String> created = api.post("/api/v1/units", unit(building, prefix + i, "Cellar", "1"));
                answers.add(created);
                if (created.statusCode() == 201) {
                    answers.add(api.delete("/api/v1/units/" + Http.json(created).getString("id")));
                }
                if (i == 0) {
                    writing.countDown();
                }
            }
        } finally {
            if (answers.isEmpty()) {
                writing.countDown(); // failed before its first answer: the race must not wait for it
            }
        }
        return answers;
    }

    private void assertNoDeadlockLogged() throws Exception {
        String log = platform.log();
        assertFalse(log.contains("40P01") || log.contains("deadlock detected"), log);
    }
}
