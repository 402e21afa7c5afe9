package org.koprogo.core.problem.boundary;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.koprogo.core.refusal.boundary.InvalidField;

/** Bean Validation failures on a request: 400 listing every invalid field with where it is. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<InvalidField> errors = exception.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::toField)
                .sorted(Comparator.comparing((InvalidField f) -> String.valueOf(f.pointer()))
                        .thenComparing(f -> String.valueOf(f.parameter())))
                .toList();
        return Problems.response(Problem.invalid(errors, uri.getRequestUri().getRawPath()));
    }

    private static InvalidField toField(ConstraintViolation<?> violation) {
        ViolationLocator.Location location = ViolationLocator.locate(violation.getPropertyPath(),
                violation.getRootBeanClass());
        return location.inBody()
                ? InvalidField.inBody(location.name(), violation.getMessage())
                : InvalidField.inParameter(location.name(), violation.getMessage());
    }
}
