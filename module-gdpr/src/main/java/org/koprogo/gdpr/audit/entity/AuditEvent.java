package org.koprogo.gdpr.audit.entity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What an audit entry records, spelt as KoproGo's audit events are (its admin panel filters on them). */
public enum AuditEvent {
    GDPR_DATA_EXPORTED("GdprDataExported"),
    GDPR_DATA_ERASED("GdprDataErased"),
    GDPR_DATA_ERASURE_FAILED("GdprDataErasureFailed"),
    GDPR_ERASURE_CHECK_REQUESTED("GdprErasureCheckRequested");

    private final String wireName;

    AuditEvent(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }

    /**
     * The events a filter names: the one it spells, or every one it is the start of, in any case (KoproGo's admin
     * panel asks for {@code Gdpr}, meaning all of them). Empty when it names none.
     */
    public static Set<String> named(String filter) {
        return Arrays.stream(values()).map(AuditEvent::toString)
                .filter(name -> name.regionMatches(true, 0, filter, 0, filter.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
