package org.koprogo.core.problem.boundary;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure at a {@code @Transactional} method's commit (a version clash found at flush, a refusal of a deferred
 * constraint) arrives wrapped in a TransactionalException, for which Jersey's CDI integration registers a mapper of
 * its own that answered 500 with an empty body. This one, more specific than {@link UnexpectedExceptionMapper} and
 * the application's own, answers it as that mapper answers any failure: 409 for a version clash, by SQLSTATE for a
 * refusal.
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(TransactionalException exception) {
        return UnexpectedExceptionMapper.answer(exception, uri.getRequestUri().getRawPath(), request.getMethod());
    }
}
