package org.koprogo.core.refusal.boundary;

/** A conditional write ({@code If-Match}) names a version that is no longer current: 412. */
public final class PreconditionFailed extends Refusal {

    public PreconditionFailed(String detail) {
        super(detail);
    }
}
