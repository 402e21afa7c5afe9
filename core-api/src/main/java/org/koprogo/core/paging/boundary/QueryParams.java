package org.koprogo.core.paging.boundary;

import java.util.List;
import java.util.UUID;

import org.koprogo.core.problem.boundary.InvalidInputException;
import org.koprogo.core.problem.boundary.Problem;

/** Typed filters from query text, failing as a 400 that names the parameter (JAX-RS itself would answer 404). */
public final class QueryParams {

    private QueryParams() {
    }

    /** The id, or null when the parameter is absent. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(Problem.InvalidField.inParameter(name, "must be a UUID")));
        }
    }
}
