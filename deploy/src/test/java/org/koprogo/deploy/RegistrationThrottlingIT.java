package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One address opens only so many accounts in a window, counted apart from its sign-ins (limits configured low). */
class RegistrationThrottlingIT {

    @TempDir
    Path work;

    @Test
    void oneAddressRegisteringManyAccountsIsThrottled() throws Exception {
        try (RunningPlatform platform = RunningPlatform.start(work, Map.of(
                "KOPROGO_LOGIN_MAX_FAILURES_PER_ADDRESS", "2", "KOPROGO_LOGIN_WINDOW_SECONDS", "120"))) {
            Api anonymous = Api.anonymous(platform);
            String body = """
                    {"email":"many-%d@example.be","password":"%s","first_name":"Anne","last_name":"Lambert",
                     "role":"owner"}""";
            for (int i = 0; i < 2; i++) {
                assertEquals(201, anonymous.post("/api/v1/auth/register", body.formatted(i, Api.PASSWORD))
                        .statusCode());
            }
            HttpResponse<String> throttled = anonymous.post("/api/v1/auth/register", body.formatted(2, Api.PASSWORD));
            assertProblem(throttled, 429);
            long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 60 && retryAfter <= 120, "the configured window: " + retryAfter);

            assertEquals("owner", Api.login(platform, "many-1@example.be", Api.PASSWORD).user().getString("role"),
                    "registrations are counted apart from sign-ins");
            assertProblem(Api.anonymous(platform).post("/api/v1/auth/login",
                    "{\"email\":\"many-2@example.be\",\"password\":\"%s\"}".formatted(Api.PASSWORD)), 401);
        }
    }
}
