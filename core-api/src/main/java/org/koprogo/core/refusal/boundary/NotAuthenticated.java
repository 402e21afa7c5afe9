package org.koprogo.core.refusal.boundary;

/** No caller known, or credentials that prove nothing: 401 with a bearer challenge. */
public final class NotAuthenticated extends Refusal {

    public NotAuthenticated(String detail) {
        super(detail);
    }
}
