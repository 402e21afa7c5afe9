package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Browser pages on another origin, as a browser sends their requests: preflights first, then the calls. */
@ExtendWith(SharedPlatform.class)
class CorsIT {

    static final String ENVIRONMENT = "KOPROGO_CORS_ORIGINS";
    /** The web client's origin in the reference's own set-up (Astro on :3000, the API on :8080). */
    static final String ALLOWED = "http://localhost:3000";
    private static final String REFUSED = "http://evil.example";

    @Test
    void aPreflightFromAnAdmittedOriginIsAnsweredWithWhatItMaySend(RunningPlatform platform) throws Exception {
        HttpResponse<String> preflight = preflight(platform, "/api/v1/auth/login", ALLOWED, "POST",
                "content-type,idempotency-key");

        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals(Optional.of(ALLOWED), header(preflight, "Access-Control-Allow-Origin"));
        List<String> methods = list(preflight, "Access-Control-Allow-Methods");
        assertTrue(methods.containsAll(List.of("get", "post", "put", "delete")), methods.toString());
        List<String> headers = list(preflight, "Access-Control-Allow-Headers");
        assertTrue(headers.containsAll(List.of("authorization", "content-type", "idempotency-key", "if-match",
                "if-none-match")), headers.toString());
        assertEquals(Optional.of("3600"), header(preflight, "Access-Control-Max-Age"));
        assertFalse(header(preflight, "Access-Control-Allow-Credentials").isPresent(), "bearer tokens, no cookies");
    }

    @Test
    void aPreflightOfAProtectedRouteNeedsNoToken(RunningPlatform platform) throws Exception {
        HttpResponse<String> preflight = preflight(platform, "/api/v1/buildings", ALLOWED, "GET", "authorization");

        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals(Optional.of(ALLOWED), header(preflight, "Access-Control-Allow-Origin"));
    }

    @Test
    void anOriginNotListedGetsNoCorsHeaders(RunningPlatform platform) throws Exception {
        HttpResponse<String> preflight = preflight(platform, "/api/v1/auth/login", REFUSED, "POST", "content-type");

        assertFalse(header(preflight, "Access-Control-Allow-Origin").isPresent());
        assertFalse(header(preflight, "Access-Control-Allow-Methods").isPresent());

        HttpResponse<String> call = Http.CLIENT.send(signIn(platform, REFUSED), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, call.statusCode(), "the server answers; the browser keeps it from the page");
        assertFalse(header(call, "Access-Control-Allow-Origin").isPresent());
        assertTrue(list(call, "Vary").contains("origin"), "caches keep answers for different origins apart");
    }

    @Test
    void aPageSignsInThenReadsBuildingsWithTheHeadersItNeeds(RunningPlatform platform) throws Exception {
        HttpResponse<String> login = Http.CLIENT.send(signIn(platform, ALLOWED), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        assertEquals(Optional.of(ALLOWED), header(login, "Access-Control-Allow-Origin"));
        String token = Http.json(login).getString("token");

        HttpResponse<String> buildings = Http.CLIENT.send(HttpRequest.newBuilder(platform.uri("/api/v1/buildings"))
                .header("Origin", ALLOWED).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, buildings.statusCode(), buildings.body());
        assertEquals(Optional.of(ALLOWED), header(buildings, "Access-Control-Allow-Origin"));
        assertTrue(list(buildings, "Access-Control-Expose-Headers").containsAll(List.of("etag", "location",
                "retry-after", "link", "x-total-count")));
    }

    @Test
    void errorsReachThePageToo(RunningPlatform platform) throws Exception {
        HttpResponse<String> unauthorized = Http.CLIENT.send(HttpRequest.newBuilder(
                platform.uri("/api/v1/buildings")).header("Origin", ALLOWED).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(401, unauthorized.statusCode());
        assertEquals(Optional.of(ALLOWED), header(unauthorized, "Access-Control-Allow-Origin"),
                "a page can only show an error it may read");
    }

    private static HttpRequest signIn(RunningPlatform platform, String origin) {
        return HttpRequest.newBuilder(platform.uri("/api/v1/auth/login")).header("Origin", origin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"%s\",\"password\":\"%s\"}"
                        .formatted(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD)))
                .build();
    }

    private static HttpResponse<String> preflight(RunningPlatform platform, String path, String origin, String method,
                                                  String headers) throws IOException, InterruptedException {
        return Http.CLIENT.send(HttpRequest.newBuilder(platform.uri(path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    /** A comma-separated header's members, lower-cased, over all its occurrences. */
    private static List<String> list(HttpResponse<?> response, String name) {
        return response.headers().allValues(name).stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .map(member -> member.strip().toLowerCase(Locale.ROOT))
                .toList();
    }
}
