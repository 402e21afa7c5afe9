package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed logins from one address, spread over many accounts, are throttled too (limits configured low). */
class ThrottlingIT {

    @TempDir
    Path work;

    @Test
    void oneAddressGuessingManyAccountsIsThrottled() throws Exception {
        try (RunningPlatform platform = RunningPlatform.start(work, Map.of(
                "KOPROGO_LOGIN_MAX_FAILURES_PER_ADDRESS", "4", "KOPROGO_LOGIN_WINDOW_SECONDS", "120"))) {
            Api anonymous = Api.anonymous(platform);
            for (int i = 0; i < 4; i++) {
                assertProblem(anonymous.post("/api/v1/auth/login",
                        "{\"email\":\"guess-%d@example.be\",\"password\":\"%s\"}".formatted(i, Api.PASSWORD)), 401);
            }
            HttpResponse<String> throttled = anonymous.post("/api/v1/auth/login", """
                    {"email":"%s","password":"%s"}""".formatted(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD));
            assertProblem(throttled, 429);
            long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 60 && retryAfter <= 120, "the configured window: " + retryAfter);
            assertEquals(401, anonymous.get("/api/v1/auth/me").statusCode(), "other routes stay open");
        }
    }
}
