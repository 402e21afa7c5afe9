package org.koprogo.load.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.koprogo.load.http.ScriptedServer;
import org.koprogo.load.result.RunResult;

class VirtualUserTest {

    private record Recorded(Route route, int status) {
    }

    private final List<Recorded> recorded = new ArrayList<>();
    private final Recorder recorder = (route, status, start, end) -> recorded.add(new Recorded(route, status));
    private final AtomicInteger ids = new AtomicInteger();

    @Test
    void renewsATokenAboutToExpireBeforeTheRequest() throws Exception {
        try (ScriptedServer server = new ScriptedServer(request -> api(request, 30));
             VirtualUser user = new VirtualUser(1, server.url(), new Account("syndic@example.be", "secret"))) {
            user.signIn();

            user.perform(Route.LIST_BUILDINGS, System.nanoTime(), recorder);

            assertEquals(List.of(new Recorded(Route.REFRESH, 200), new Recorded(Route.LIST_BUILDINGS, 200)),
                    recorded);
            ScriptedServer.Request refresh = server.requests().get(1);
            assertEquals("/api/v1/auth/refresh", refresh.target());
            assertEquals("{\"refresh_token\":\"r1\"}", refresh.body());
            assertEquals("Bearer t2", server.requests().get(2).headers().get("authorization"));
        }
    }

    @Test
    void refreshesOnceOnA401AndRetries() throws Exception {
        // t1 lives an hour but the server no longer accepts it.
        try (ScriptedServer server = new ScriptedServer(request -> api(request, 3600));
             VirtualUser user = new VirtualUser(1, server.url(), new Account("syndic@example.be", "secret"))) {
            user.signIn();

            user.perform(Route.LIST_UNITS, System.nanoTime(), recorder);

            assertEquals(List.of(new Recorded(Route.REFRESH, 200), new Recorded(Route.LIST_UNITS, 200)), recorded);
            assertEquals(List.of("/api/v1/auth/login", "/api/v1/units", "/api/v1/auth/refresh", "/api/v1/units"),
                    targets(server).stream().map(target -> target.replaceAll("\\?page=[12]&per_page=20$", ""))
                            .toList());
        }
    }

    @Test
    void grantsSharesOnlyToOwnersWithoutOneAndCreatesAnOwnerWhenNoneIsLeft() throws Exception {
        try (ScriptedServer server = new ScriptedServer(request -> api(request, 3600));
             VirtualUser user = new VirtualUser(7, server.url(), new Account("syndic@example.be", "secret"))) {
            user.signIn();
            user.setUp();
            // Set-up: building id-1, unit id-2, owners id-3..id-5.
            assertEquals(List.of("/api/v1/auth/login", "/api/v1/buildings", "/api/v1/units", "/api/v1/owners",
                    "/api/v1/owners", "/api/v1/owners"), targets(server));
            String unitBody = server.requests().get(2).body();
            assertTrue(unitBody.contains("\"building_id\":\"id-1\"") && unitBody.contains("\"quota\":0.01")
                    && unitBody.contains("\"unit_number\":\"L7-"), unitBody);

            for (int i = 0; i < 4; i++) {
                user.perform(Route.GRANT_SHARE, System.nanoTime(), recorder);
            }

            assertEquals(List.of("/api/v1/units/id-2/owners", "/api/v1/units/id-2/owners",
                    "/api/v1/units/id-2/owners", "/api/v1/owners", "/api/v1/units/id-2/owners"),
                    targets(server).subList(6, 11));
            List<String> owners = server.requests().subList(6, 11).stream().map(ScriptedServer.Request::body)
                    .filter(body -> body.contains("owner_id"))
                    .map(body -> body.replaceAll(".*\"owner_id\":\"([^\"]+)\".*", "$1")).toList();
            // Shares took id-6..id-8: the owner created on the way is id-9.
            assertEquals(List.of("id-3", "id-4", "id-5", "id-9"), owners);
            assertEquals(4, recorded.size(), "the owner created on the way is not a statistic of its own");
            assertTrue(recorded.stream().allMatch(r -> r.equals(new Recorded(Route.GRANT_SHARE, 201))));
        }
    }

    @Test
    void postsItsMeetingsOnItsOwnBuildingOrdinaryAndExtraordinaryInTurnAndToCome() throws Exception {
        try (ScriptedServer server = new ScriptedServer(request -> api(request, 3600));
             VirtualUser user = new VirtualUser(3, server.url(), new Account("syndic@example.be", "secret"))) {
            user.signIn();
            user.setUp();
            Instant before = Instant.now();

            for (int i = 0; i < 3; i++) {
                user.perform(Route.CREATE_MEETING, System.nanoTime(), recorder);
            }

            List<ScriptedServer.Request> posted = server.requests().subList(6, 9);
            assertTrue(posted.stream().allMatch(request -> request.method().equals("POST")
                    && request.target().equals("/api/v1/meetings")));
            List<JsonNode> bodies = new ArrayList<>();
            for (ScriptedServer.Request request : posted) {
                bodies.add(new ObjectMapper().readTree(request.body()));
            }
            assertEquals(List.of("Ordinary", "Extraordinary", "Ordinary"),
                    bodies.stream().map(body -> body.path("meeting_type").asText()).toList());
            assertTrue(bodies.stream().allMatch(body -> body.path("building_id").asText().equals("id-1")
                    && !body.path("location").asText().isBlank()
                    && Instant.parse(body.path("scheduled_date").asText()).isAfter(before)), bodies.toString());
            assertEquals(3, bodies.stream().map(body -> body.path("title").asText()).distinct().count());
            assertTrue(recorded.stream().allMatch(r -> r.equals(new Recorded(Route.CREATE_MEETING, 201))));
        }
    }

    @Test
    void usersOfTheHealthMixNeitherSignInNorSendATokenAndThoseOfTheRealisticOneDo() throws Exception {
        try (ScriptedServer server = new ScriptedServer(request -> api(request, 30))) {
            List<VirtualUser> health = VirtualUsers.prepare(server.url(), List.of(new Account("a@x.be", "p")), 1, 2,
                    Mix.HEALTH);
            assertEquals(List.of(), server.requests(), "no sign-in, no set-up");
            health.get(0).perform(Route.HEALTH, System.nanoTime(), recorder);
            assertEquals(List.of(new Recorded(Route.HEALTH, 200)), recorded, "no refresh of a session it never had");
            assertEquals(null, server.requests().get(0).headers().get("authorization"));
            health.forEach(VirtualUser::close);

            List<VirtualUser> realistic = VirtualUsers.prepare(server.url(), List.of(new Account("a@x.be", "p"),
                    new Account("b@x.be", "p")), 4, 1, Mix.REALISTIC);
            assertEquals(List.of("/api/v1/health", "/api/v1/auth/login", "/api/v1/buildings", "/api/v1/units",
                    "/api/v1/owners", "/api/v1/owners", "/api/v1/owners"), targets(server));
            assertTrue(server.requests().get(1).body().contains("b@x.be"), "user 4 of 2 accounts takes the second");
            assertTrue(server.requests().get(3).body().contains("\"unit_number\":\"L4-"));
            realistic.forEach(VirtualUser::close);
        }
    }

    @Test
    void aFaultRunRetriesAWriteWithItsKeyAndBodyHonouringRetryAfterAndLedgersTheAcknowledgedOne()
            throws Exception {
        WriteRetries retries = new WriteRetries(new RetryPolicy(1, 10, 5_000));
        List<Attempt> attempts = new ArrayList<>();
        AtomicInteger owners = new AtomicInteger();
        try (ScriptedServer server = new ScriptedServer(request -> !request.target().equals("/api/v1/owners")
                ? api(request, 3600)
                : switch (owners.incrementAndGet()) {
                    case 4 -> "HTTP/1.1 502 X\r\nContent-Length: 0\r\n\r\n";   // its instance died
                    case 5 -> "HTTP/1.1 503 X\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n";
                    case 6 -> ScriptedServer.json(201, "{\"id\":\"owner-once\"}");
                    case 7 -> ScriptedServer.json(500, "{}");
                    default -> api(request, 3600);
                });
             VirtualUser user = new VirtualUser(2, server.url(), new Account("syndic@example.be", "secret"), retries,
                     attempts::add)) {
            user.signIn();
            user.setUp();
            int before = server.requests().size();

            user.perform(Route.CREATE_OWNER, System.nanoTime(), recorder);
            user.perform(Route.CREATE_OWNER, System.nanoTime(), recorder);

            List<ScriptedServer.Request> sent = server.requests().subList(before, server.requests().size());
            assertEquals(4, sent.size(), "3 attempts of the first write, 1 of the second");
            String key = sent.get(0).headers().get("idempotency-key");
            assertTrue(key != null && !key.isBlank());
            assertEquals(List.of(key, key, key), sent.subList(0, 3).stream()
                    .map(request -> request.headers().get("idempotency-key")).toList());
            assertEquals(1, sent.subList(0, 3).stream().map(ScriptedServer.Request::body).distinct().count());
            assertTrue(!key.equals(sent.get(3).headers().get("idempotency-key")), "a new write, a new key");
            assertEquals(List.of(new Recorded(Route.CREATE_OWNER, 201), new Recorded(Route.CREATE_OWNER, 500)),
                    recorded, "the client sees each write's last answer; a 500 is not retried");
            // Set-up writes were counted as well: 1 building, 1 unit, 3 owners, each at its first attempt.
            assertEquals(new RunResult.Retries(7, 1, 2, 1, 5_000), retries.tally());
            assertEquals(List.of(502, 503, 201, 500), attempts.subList(attempts.size() - 4, attempts.size()).stream()
                    .map(Attempt::status).toList());
            assertTrue(attempts.get(attempts.size() - 3).retryAfter());
            // The unit and the 3 owners of the set-up, and the owner acknowledged after its retries.
            assertEquals(5, retries.ledger().size());
        }
    }

    @Test
    void aRefusedSignInFailsTheSetUp() throws IOException {
        try (ScriptedServer server = new ScriptedServer(request -> ScriptedServer.json(401, "{}"));
             VirtualUser user = new VirtualUser(1, server.url(), new Account("syndic@example.be", "wrong"))) {
            SetUpFailure failure = assertThrows(SetUpFailure.class, user::signIn);
            assertTrue(failure.getMessage().contains("syndic@example.be"));
        }
    }

    /**
     * A scripted KoproGo: health answers anyone; sign-in issues t1/r1 living {@code firstTokenSeconds}; refreshing r1 issues t2/r2;
     * reads accept only t2 (t1 is refused with a 401 unless its life is short enough to renew it first);
     * creations answer 201 with ids id-1, id-2...
     */
    private String api(ScriptedServer.Request request, int firstTokenSeconds) {
        String path = request.target();
        if (path.equals("/api/v1/health")) {
            return ScriptedServer.json(200, "{}");
        }
        if (path.equals("/api/v1/auth/login")) {
            return ScriptedServer.json(200, "{\"token\":\"t1\",\"refresh_token\":\"r1\",\"expires_in\":"
                    + firstTokenSeconds + "}");
        }
        if (path.equals("/api/v1/auth/refresh")) {
            return request.body().contains("\"r1\"")
                    ? ScriptedServer.json(200, "{\"token\":\"t2\",\"refresh_token\":\"r2\",\"expires_in\":900}")
                    : ScriptedServer.json(401, "{}");
        }
        if (request.method().equals("POST")) {
            return ScriptedServer.json(201, "{\"id\":\"id-" + ids.incrementAndGet() + "\"}");
        }
        return "Bearer t2".equals(request.headers().get("authorization")) ? ScriptedServer.json(200, "{}")
                : ScriptedServer.json(401, "{}");
    }

    private static List<String> targets(ScriptedServer server) {
        return server.requests().stream().map(ScriptedServer.Request::target).toList();
    }
}
