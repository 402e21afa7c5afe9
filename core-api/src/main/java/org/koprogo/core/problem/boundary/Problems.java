package org.koprogo.core.problem.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.koprogo.core.tracing.control.CurrentRequest;

/** Builds problem+json responses; the one place that decides their media type and caching. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.JSON)
                .header("Cache-Control", "no-store")
                .entity(identified(problem))
                .build();
    }

    /**
     * The problem with the request's id as the extension member {@code request_id} (the answer's X-Request-Id),
     * which a client quotes to support; the log lines of its request carry the same id.
     */
    static Problem identified(Problem problem) {
        String id = CurrentRequest.id();
        if (id == null) {
            return problem;
        }
        Map<String, Object> members = new LinkedHashMap<>(problem.extensions());
        members.put("request_id", id);
        return problem.with(members);
    }

    public static Response response(int status, String detail, String instance) {
        return response(Problem.of(status, reason(status), detail, instance));
    }

    public static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 422 ? "Unprocessable Content" : "HTTP " + status;
    }
}
