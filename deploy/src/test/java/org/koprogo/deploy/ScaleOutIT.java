package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, String> environment = database.environmentWithAdmin(ADMIN);
        first = RunningPlatform.start(work.resolve("first"), environment);
        // the test database trusts local connections: an instance given no password starts and serves too
        Map<String, String> noPassword = new HashMap<>(environment);
        noPassword.remove("KOPROGO_DB_PASSWORD");
        second = RunningPlatform.start(work.resolve("second"), noPassword);
        syndicOnFirst = Api.login(first, ADMIN, Api.PASSWORD).newOrganizationSyndic();
        syndicOnSecond = Api.login(second, syndicOnFirst.user().getString("email"), Api.PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        RunningPlatform.closeAll(second, first, database);
    }

    /** Each instance's /metrics counts its own pool's connections, not the whole database's. */
    @Test
    void eachInstanceCountsItsOwnDatabaseConnections() throws Exception {
        double onFirst = pooled(first);
        double onSecond = pooled(second);
        assertTrue(onFirst >= 1 && onFirst <= 8 && onSecond >= 1 && onSecond <= 8, onFirst + " and " + onSecond);
        assertEquals(2, database.count("select count(distinct application_name) from pg_stat_activity"
                + " where application_name like 'koprogo@%'"), "one name per instance");
        assertEquals((long) (onFirst + onSecond), database.count("select count(*) from pg_stat_activity"
                + " where application_name like 'koprogo@%'"), "together, every pooled connection once");
    }

    private static double pooled(RunningPlatform platform) throws Exception {
        return PrometheusScrape.parse(Http.get(platform.uri("/metrics")).body()).samples().stream()
                .filter(sample -> sample.name().equals("koprogo_db_connections"))
                .mapToDouble(PrometheusScrape.Sample::value).sum();
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
        List<Api> alternating = List.of(syndicOnFirst, syndicOnSecond, syndicOnFirst, syndicOnSecond, syndicOnFirst,
                syndicOnSecond);
        for (int round = 0; round < 4; round++) {
            String unit = Property.unitId(syndicOnFirst, Property.buildingId(syndicOnFirst));
            assertEquals(2, GrantRace.run(unit, alternating, "0.35"), "0.35 fits twice in a unit, round " + round);
            JsonObject total = Http.json(syndicOnSecond.get("/api/v1/units/" + unit + "/owners/total-percentage"));
            assertEquals(0, new BigDecimal("0.7").compareTo(
                    total.getJsonNumber("total_ownership_percentage").bigDecimalValue()));
        }
    }
}
