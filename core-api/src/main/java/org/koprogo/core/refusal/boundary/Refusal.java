package org.koprogo.core.refusal.boundary;

/**
 * The platform's rules refusing a request, raised by stores, rules and entities, which know nothing of HTTP.
 * core-api's {@code RefusalMapper} turns each kind into its problem+json answer, in one place.
 */
public abstract sealed class Refusal extends RuntimeException
        permits InvalidInput, NotAuthenticated, NotPermitted, NotFound, Gone, RuleViolation, PreconditionFailed,
        TooManyAttempts {

    protected Refusal(String detail) {
        super(detail, null, false, false); // an expected answer, not a fault: no stack trace to fill
    }
}
