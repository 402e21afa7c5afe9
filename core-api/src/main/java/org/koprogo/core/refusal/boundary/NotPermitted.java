package org.koprogo.core.refusal.boundary;

/** The caller is known but its role may not do this: 403. */
public final class NotPermitted extends Refusal {

    public NotPermitted(String detail) {
        super(detail);
    }
}
