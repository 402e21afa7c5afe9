package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

/** What every error answer of the platform must be: RFC 9457 problem+json, and nothing internal. */
final class Problems {

    private Problems() {
    }

    static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""), response::body);
        String body = response.body();
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("<html"),
                () -> "internals leaked: " + body);
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("instance"),
                body);
        // KoproGo's clients show "error"
        assertFalse(problem.getString("error", "").isBlank(), () -> "no error message: " + body);
        return problem;
    }
}
