package org.koprogo.core.problem.boundary;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** A business rule the request would break given the resource's current state: 409, with the rule as detail. */
public class RuleViolation extends ClientErrorException {

    public RuleViolation(String detail) {
        super(detail, Response.Status.CONFLICT);
    }

    /** Throws unless the rule holds. */
    public static void require(boolean rule, String detail) {
        if (!rule) {
            throw new RuleViolation(detail);
        }
    }
}
