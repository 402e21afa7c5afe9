package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rights taken away on one instance end the access tokens already issued, at their next request on the other
 * instance; sign-in guesses are counted before bcrypt; expired rows are purged while the platform runs. Two
 * instances share one database and one data dir (so one signing key). The first trusts the test as a proxy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RightsIT {

    private static final String ADMIN = "ops@example.be";
    private static final int MAX_PER_ADDRESS = 8;

    @TempDir
    static Path work;

    private ExternalDatabase database;
    private Map<String, String> environment;
    private RunningPlatform first;
    private RunningPlatform second;
    private Api admin;

    @BeforeAll
    void startTwoInstances() throws Exception {
        database = new ExternalDatabase();
        environment = database.environmentWithAdmin(ADMIN);
        environment.put("KOPROGO_LOGIN_MAX_FAILURES_PER_ADDRESS", String.valueOf(MAX_PER_ADDRESS));
        environment.put("KOPROGO_PURGE_INTERVAL_SECONDS", "1");
        Map<String, String> trusting = new HashMap<>(environment);
        trusting.put("KOPROGO_TRUSTED_PROXIES", "127.0.0.0/8, ::1");
        first = RunningPlatform.start(work.resolve("data"), trusting);
        second = RunningPlatform.start(work.resolve("data"), environment);
        admin = Api.login(first, ADMIN, Api.PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        RunningPlatform.closeAll(second, first, database);
    }

    @Test
    void deactivatingAUserEndsItsAccessTokensOnEveryInstance() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        Api owner = syndic.createUser("owner");
        assertWorksOnBoth(owner);
        assertEquals(200, syndic.put("/api/v1/users/" + owner.userId() + "/deactivate", null).statusCode());
        assertRevokedOnBoth(owner);
        assertEquals(200, syndic.put("/api/v1/users/" + owner.userId() + "/activate", null).statusCode());
        assertRevokedOnBoth(owner); // a reactivated account signs in again: its old tokens stay dead
        assertWorksOnBoth(syndic);
    }

    @Test
    void aNewRoleEndsTheAccessTokensOfTheOldOne() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        Api accountant = syndic.createUser("accountant");
        assertWorksOnBoth(accountant);
        HttpResponse<String> demoted = syndic.put("/api/v1/users/" + accountant.userId(), """
                {"email":"%s","first_name":"Jeanne","last_name":"Dupont","role":"owner"}"""
                .formatted(accountant.user().getString("email")));
        assertEquals(200, demoted.statusCode(), demoted.body());
        assertRevokedOnBoth(accountant);
        assertWorksOnBoth(syndic);
        assertWorksOnBoth(Api.login(second, accountant.user().getString("email"), Api.PASSWORD));
    }

    @Test
    void suspendingOrDeactivatingAnOrganizationEndsTheAccessTokensOfItsUsers() throws Exception {
        for (String action : List.of("suspend", "deactivate")) {
            Api syndic = admin.newOrganizationSyndic();
            Api owner = syndic.createUser("owner");
            Api elsewhere = admin.newOrganizationSyndic();
            assertWorksOnBoth(owner);
            assertEquals(200, admin.put("/api/v1/organizations/" + syndic.organizationId() + "/" + action, null)
                    .statusCode());
            assertRevokedOnBoth(syndic);
            assertRevokedOnBoth(owner);
            assertWorksOnBoth(elsewhere);
            assertEquals(200, admin.put("/api/v1/organizations/" + syndic.organizationId() + "/activate", null)
                    .statusCode());
            assertRevokedOnBoth(owner);
            assertWorksOnBoth(Api.login(second, owner.user().getString("email"), Api.PASSWORD));
        }
    }

    @Test
    void logoutWithOnlyTheAccessTokenEndsEveryAccessTokenToo() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        Api otherDevice = Api.login(first, syndic.user().getString("email"), Api.PASSWORD);
        assertWorksOnBoth(otherDevice);
        assertEquals(200, Api.bearer(second, syndic.token()).post("/api/v1/auth/logout", null).statusCode());
        assertRevokedOnBoth(syndic);
        assertRevokedOnBoth(otherDevice);
        assertProblem(Api.anonymous(first).post("/api/v1/auth/refresh",
                "{\"refresh_token\":\"" + otherDevice.refreshToken() + "\"}"), 401);
    }

    @Test
    void theBootstrapNeverPromotesAnAccountAndItsPasswordResetEndsTheSessions() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String syndicEmail = syndic.user().getString("email");
        RunningPlatform refused = RunningPlatform.startExpectingExit(work.resolve("data"),
                withAdmin(syndicEmail, "another password 7"));
        assertEquals(3, refused.exitCode());
        assertTrue(refused.log().contains("KoproGo cannot start: KOPROGO_ADMIN_EMAIL names the account "
                + syndicEmail + ", a syndic, not a superadmin"), refused.log());
        assertEquals("syndic", Api.login(first, syndicEmail, Api.PASSWORD).user().getString("role"));
        assertWorksOnBoth(syndic);

        String email = "root-" + UUID.randomUUID().toString().substring(0, 8) + "@example.be";
        admin.created("/api/v1/users", """
                {"email":"%s","password":"%s","first_name":"Root","last_name":"Ops","role":"superadmin"}"""
                .formatted(email, Api.PASSWORD));
        Api root = Api.login(first, email, Api.PASSWORD);
        assertWorksOnBoth(root);
        try (RunningPlatform unchanged = RunningPlatform.start(work.resolve("data"), withAdmin(email, Api.PASSWORD))) {
            assertTrue(unchanged.log().contains("Superadmin " + email + " unchanged"), unchanged.log());
        }
        assertWorksOnBoth(root);
        try (RunningPlatform reset = RunningPlatform.start(work.resolve("data"), withAdmin(email, "a new password 9"))) {
            assertTrue(reset.log().contains("Superadmin " + email + "'s password reset"), reset.log());
        }
        assertRevokedOnBoth(root);
        assertProblem(Api.anonymous(second).post("/api/v1/auth/refresh",
                "{\"refresh_token\":\"" + root.refreshToken() + "\"}"), 401);
        assertWorksOnBoth(Api.login(second, email, "a new password 9"));
    }

    @Test
    void parallelGuessesCannotRunPastTheLimit() throws Exception {
        String email = admin.newOrganizationSyndic().user().getString("email");
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                // each from its own address (through the trusted proxy): only the account's limit decides
                HttpRequest.Builder guess = HttpRequest.newBuilder(first.uri("/api/v1/auth/login"))
                        .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100." + i)
                        .POST(HttpRequest.BodyPublishers.ofString(login(email, "wrong guess " + i)));
                pending.add(pool.submit(() -> {
                    start.await();
                    return Http.send(guess);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long checked = answers.stream().filter(answer -> answer.statusCode() == 401).count();
        long throttled = answers.stream().filter(answer -> answer.statusCode() == 429).count();
        assertTrue(checked >= 1 && checked <= 5, "at most the limit of 5 reach bcrypt: " + checked);
        assertEquals(30, checked + throttled);
        for (HttpResponse<String> answer : answers) {
            assertProblem(answer, answer.statusCode());
            if (answer.statusCode() == 429) {
                assertTrue(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()) > 0);
            }
        }
        assertProblem(Http.postJson(second.uri("/api/v1/auth/login"), login(email, Api.PASSWORD)), 429);
    }

    /**
     * Ten clients signing in as one account at the same moment, as a load generator's connections do: over the
     * account's limit of 5 while their checks are in flight, they wait for each other instead of being refused.
     */
    @Test
    void parallelCorrectSignInsAsOneAccountAllSucceed() throws Exception {
        String email = admin.newOrganizationSyndic().user().getString("email");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> pending = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 10; i++) {
                HttpRequest.Builder signIn = HttpRequest.newBuilder(first.uri("/api/v1/auth/login"))
                        .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.200")
                        .POST(HttpRequest.BodyPublishers.ofString(login(email, Api.PASSWORD)));
                pending.add(pool.submit(() -> {
                    start.await();
                    return Http.send(signIn);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : pending) {
                HttpResponse<String> response = answer.get();
                assertEquals(200, response.statusCode(), response.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, database.count("select coalesce(sum(in_flight), 0) from login_failures"
                + " where subject = 'address:198.51.100.200'"), "every attempt settled");
    }

    @Test
    void forwardedForIsBelievedFromTrustedProxiesOnly() throws Exception {
        for (int i = 0; i < MAX_PER_ADDRESS; i++) {
            assertProblem(loginVia(first, "6.6.6." + i + ", 203.0.113.7"), 401);
        }
        assertProblem(loginVia(first, "203.0.113.7"), 429); // the same client, whatever it wrote itself
        assertProblem(loginVia(first, "203.0.113.8"), 401);

        assertProblem(loginVia(second, "203.0.113.9"), 401);
        assertEquals(1, database.count("select count(*) from login_failures where subject = 'address:203.0.113.8'"));
        assertEquals(0, database.count("select count(*) from login_failures where subject = 'address:203.0.113.9'"),
                "the second instance trusts no proxy: it counts the peer");
    }

    @Test
    void expiredRowsArePurgedWhileThePlatformRuns() throws Exception {
        String user = admin.userId();
        database.execute("""
                insert into login_failures values ('address:192.0.2.1', 3, now() - interval '1 day'),
                                                  ('address:192.0.2.2', 3, now());
                insert into refresh_tokens (id, token_hash, family_id, user_id, expires_at)
                values (gen_random_uuid(), repeat('a', 64), gen_random_uuid(), '%s', now() - interval '1 second'),
                       (gen_random_uuid(), repeat('b', 64), gen_random_uuid(), '%s', now() + interval '1 day');
                insert into idempotency_keys (user_id, idempotency_key, fingerprint, state, expires_at)
                values ('%s', 'expired', repeat('c', 64), 'done', now() - interval '1 second'),
                       ('%s', 'live', repeat('c', 64), 'done', now() + interval '1 day');
                """.formatted(user, user, user, user));
        String expired = """
                select (select count(*) from login_failures where subject = 'address:192.0.2.1')
                     + (select count(*) from refresh_tokens where token_hash = repeat('a', 64))
                     + (select count(*) from idempotency_keys where idempotency_key = 'expired')""";
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (database.count(expired) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, database.count(expired), "the purge runs every second");
        assertEquals(3, database.count("""
                select (select count(*) from login_failures where subject = 'address:192.0.2.2')
                     + (select count(*) from refresh_tokens where token_hash = repeat('b', 64))
                     + (select count(*) from idempotency_keys where idempotency_key = 'live')"""),
                "rows still in use stay");
    }

    private Map<String, String> withAdmin(String email, String password) {
        Map<String, String> changed = new HashMap<>(environment);
        changed.put("KOPROGO_ADMIN_EMAIL", email);
        changed.put("KOPROGO_ADMIN_PASSWORD", password);
        return changed;
    }

    /** A failed sign-in of an unknown account (so only the address counts), through a proxy that adds this. */
    private static HttpResponse<String> loginVia(RunningPlatform instance, String forwardedFor) throws Exception {
        return Http.send(HttpRequest.newBuilder(instance.uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(login(
                        "nobody-" + UUID.randomUUID() + "@example.be", Api.PASSWORD))));
    }

    private static String login(String email, String password) {
        return "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password);
    }

    /** A route every role may read and that looks at no account state: only the token's rights decide. */
    private void assertWorksOnBoth(Api user) throws Exception {
        int expected = user.user().isNull("organization_id") ? 404 : 200;
        for (RunningPlatform instance : List.of(first, second, first)) {
            HttpResponse<String> response = Api.bearer(instance, user.token())
                    .get("/api/v1/organizations/" + organizationOf(user));
            assertEquals(expected, response.statusCode(), response.body());
        }
    }

    private void assertRevokedOnBoth(Api user) throws Exception {
        for (RunningPlatform instance : List.of(second, first)) {
            HttpResponse<String> response = Api.bearer(instance, user.token())
                    .get("/api/v1/organizations/" + organizationOf(user));
            assertProblem(response, 401);
            assertEquals("Bearer error=\"invalid_token\"", response.headers().firstValue("WWW-Authenticate")
                    .orElse(""));
        }
    }

    /** A superadmin has no organization: any id does, the route then answers 404 with a valid token. */
    private static String organizationOf(Api user) {
        return user.user().isNull("organization_id") ? UUID.randomUUID().toString() : user.organizationId();
    }
}
