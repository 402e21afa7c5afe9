package org.koprogo.core.problem.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.koprogo.core.refusal.boundary.Gone;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotAuthenticated;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.NotPermitted;
import org.koprogo.core.refusal.boundary.PreconditionFailed;
import org.koprogo.core.refusal.boundary.Refusal;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.refusal.boundary.TooManyAttempts;

/** The one place where the domain's refusals become HTTP: each kind its status, and the headers it calls for. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Refusal refusal) {
        return answer(refusal, uri.getRequestUri().getRawPath());
    }

    static Response answer(Refusal refusal, String path) {
        if (refusal instanceof InvalidInput invalid) {
            return Problems.response(Problem.invalid(invalid.errors(), path));
        }
        Response problem = Problems.response(refusal instanceof RuleViolation violation
                ? Problem.of(409, Problems.reason(409), violation.getMessage(), path).with(violation.extensions())
                : Problem.of(status(refusal), Problems.reason(status(refusal)), refusal.getMessage(), path));
        if (refusal instanceof NotAuthenticated) {
            return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        if (refusal instanceof TooManyAttempts throttled) {
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds())
                    .build();
        }
        return problem;
    }

    static int status(Refusal refusal) {
        if (refusal instanceof NotAuthenticated) {
            return 401;
        }
        if (refusal instanceof NotPermitted) {
            return 403;
        }
        if (refusal instanceof NotFound) {
            return 404;
        }
        if (refusal instanceof Gone) {
            return 410;
        }
        if (refusal instanceof PreconditionFailed) {
            return 412;
        }
        if (refusal instanceof TooManyAttempts) {
            return 429;
        }
        return refusal instanceof RuleViolation ? 409 : 400;
    }
}
