package org.koprogo.core.problem.boundary;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; the one place that decides their media type and caching. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.JSON)
                .header("Cache-Control", "no-store")
                .entity(problem)
                .build();
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
