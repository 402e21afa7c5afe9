package org.koprogo.core.problem.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidInputException exception) {
        return Problems.response(Problem.invalid(exception.errors(), uri.getRequestUri().getRawPath()));
    }
}
