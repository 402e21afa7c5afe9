package org.koprogo.core.refusal.boundary;

/** The resource existed and is gone for good (a person's data already erased): 410, with what happened as detail. */
public final class Gone extends Refusal {

    public Gone(String detail) {
        super(detail);
    }
}
