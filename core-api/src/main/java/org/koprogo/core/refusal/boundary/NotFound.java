package org.koprogo.core.refusal.boundary;

/** No such resource, or none the caller may see (other organizations' rows are never revealed): 404. */
public final class NotFound extends Refusal {

    public NotFound(String detail) {
        super(detail);
    }
}
