package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deadlocks and serialization failures are run again once inside the platform, then answered 503 with
 * Retry-After. A trigger in the test's own database raises the real SQLSTATE (40001 or 40P01) on an expense
 * insert, on every attempt or only on odd ones, and counts attempts in a sequence, which a rollback does not undo.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransientFailureIT {

    private static final String ADMIN = "ops@example.be";

    @TempDir
    static Path work;

    private ExternalDatabase database;
    private RunningPlatform platform;
    private Api syndic;
    private String building;

    @BeforeAll
    void start() throws Exception {
        database = new ExternalDatabase();
        Map<String, String> environment = database.environmentWithAdmin(ADMIN);
        platform = RunningPlatform.start(work.resolve("data"), environment);
        syndic = Api.login(platform, ADMIN, Api.PASSWORD).newOrganizationSyndic();
        building = Property.buildingId(syndic);
        database.execute("""
                create sequence probe_attempts;
                create function probe_transient_failure() returns trigger language plpgsql as $$
                begin
                    if new.description like 'probe:%' then
                        perform nextval('probe_attempts');
                        if split_part(new.description, ':', 3) = 'always' or currval('probe_attempts') % 2 = 1 then
                            raise exception 'probe' using errcode = split_part(new.description, ':', 2);
                        end if;
                    end if;
                    return new;
                end $$;
                create trigger probe_transient_failure before insert on expenses
                    for each row execute function probe_transient_failure();""");
    }

    @AfterAll
    void stop() throws Exception {
        RunningPlatform.closeAll(platform, database);
    }

    @Test
    void aSerializationFailureIsRetriedOnceAndTheSecondRunSucceeds() throws Exception {
        long before = attempts();
        HttpResponse<String> created = syndic.post("/api/v1/expenses", expense("probe:40001:once"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(2, attempts() - before, "one failed run, one that committed");
    }

    @Test
    void aDeadlockIsRetriedOnceAndTheSecondRunSucceeds() throws Exception {
        long before = attempts();
        assertEquals(201, syndic.post("/api/v1/expenses", expense("probe:40P01:once")).statusCode());
        assertEquals(2, attempts() - before);
    }

    @Test
    void aFailureThatPersistsIsA503WithRetryAfterAfterTwoRuns() throws Exception {
        for (String sqlState : new String[] {"40001", "40P01"}) {
            long before = attempts();
            HttpResponse<String> refused = syndic.post("/api/v1/expenses", expense("probe:" + sqlState + ":always"));
            assertProblem(refused, 503);
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""), refused.headers().toString());
            assertEquals(2, attempts() - before, "retried once, not more");
        }
        assertEquals(200, syndic.get("/api/v1/expenses").statusCode(), "the platform serves on");
    }

    private String expense(String description) {
        return Property.expense(building, "12").replace("Entretien mensuel", description);
    }

    private long attempts() throws SQLException {
        Map<String, String> environment = database.environment();
        try (Connection connection = DriverManager.getConnection(environment.get("KOPROGO_DB_URL"),
                environment.get("KOPROGO_DB_USER"), environment.get("KOPROGO_DB_PASSWORD"));
             var rows = connection.createStatement().executeQuery(
                     "select case when is_called then last_value else 0 end from probe_attempts")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
