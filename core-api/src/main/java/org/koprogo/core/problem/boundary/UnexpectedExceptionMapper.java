package org.koprogo.core.problem.boundary;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ext.Provider;

import org.koprogo.core.database.control.IntegrityViolation;
import org.koprogo.core.problem.control.Causes;

/** A bug: the client gets a correlation id only; the log gets the stack trace under the same id. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(Throwable exception) {
        String path = uri.getRequestUri().getRawPath();
        if (IntegrityViolation.UNIQUE.in(exception).isPresent()) {
            // a clash the resource did not anticipate is still the client's conflict, not a server fault
            return Problems.response(409, "The request conflicts with an existing resource", path);
        }
        if (IntegrityViolation.FOREIGN_KEY.in(exception).isPresent()) {
            // e.g. a delete racing a new reference to the same row
            return Problems.response(409, "The request conflicts with resources that refer to this one", path);
        }
        if (Causes.find(exception, OptimisticLockException.class, any -> true).isPresent()) {
            return Problems.response(409, "The resource was changed by another request meanwhile; read it again", path);
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + correlationId + " on " + request.getMethod() + " " + path,
                exception);
        return Problems.response(new Problem(Problem.GENERIC_TYPE, "Internal Server Error", 500,
                "An unexpected error occurred; quote correlation id " + correlationId + " when reporting it",
                path, correlationId, null));
    }
}
