package org.koprogo.core.refusal.boundary;

/**
 * A business rule the request would break given the current state (a quota total, a workflow step, a
 * duplicate): 409, with the rule as detail.
 */
public non-sealed class RuleViolation extends Refusal {

    public RuleViolation(String detail) {
        super(detail);
    }

    /** Throws unless the rule holds. */
    public static void require(boolean rule, String detail) {
        if (!rule) {
            throw new RuleViolation(detail);
        }
    }
}
