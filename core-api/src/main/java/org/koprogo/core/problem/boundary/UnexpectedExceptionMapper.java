package org.koprogo.core.problem.boundary;

import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.glassfish.jersey.message.internal.HeaderValueException;
import org.koprogo.core.database.control.DatabaseRefusal;
import org.koprogo.core.failure.control.Causes;

/**
 * A database refusal of the client's request maps by its class (see DatabaseRefusal), a deadlock or
 * serialization failure the platform could not get past to 503 with Retry-After; a request header Jersey
 * cannot parse is a 400. Anything else is a bug: the
 * client gets a correlation id only; the log gets the stack trace under the same id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    /** A 503 from the database: the platform already ran the transaction twice, or waited for its locks. */
    private static final int RETRY_AFTER_SECONDS = 1;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(Throwable exception) {
        return answer(exception, uri.getRequestUri().getRawPath(), request.getMethod());
    }

    /** The answer to any failure that reached no more specific mapper; shared with {@link TransactionFailureMapper}. */
    static Response answer(Throwable exception, String path, String method) {
        // a refusal the resource did not anticipate is still about the client's request, not a server fault
        Optional<DatabaseRefusal> refusal = DatabaseRefusal.in(exception);
        if (refusal.isPresent()) {
            Response problem = Problems.response(refusal.get().status(), refusal.get().detail(), path);
            return refusal.get().status() == 503
                    ? Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build()
                    : problem;
        }
        Optional<HeaderValueException> header = Causes.find(exception, HeaderValueException.class,
                malformed -> malformed.getContext() == HeaderValueException.Context.INBOUND);
        if (header.isPresent()) {
            // a header HeaderSyntax does not parse up front, parsed by Jersey where first read
            return Problems.response(400, HeaderSyntax.detail(header.get()), path);
        }
        if (Causes.find(exception, OptimisticLockException.class, any -> true).isPresent()) {
            return Problems.response(409, "The resource was changed by another request meanwhile; read it again", path);
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + correlationId + " on " + method + " " + path, exception);
        return Problems.response(new Problem(Problem.GENERIC_TYPE, "Internal Server Error", 500,
                "An unexpected error occurred; quote correlation id " + correlationId + " when reporting it",
                path, correlationId, null));
    }
}
