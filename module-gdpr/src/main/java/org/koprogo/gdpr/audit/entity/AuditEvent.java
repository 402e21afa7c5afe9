package org.koprogo.gdpr.audit.entity;

/** What an audit entry records, spelt as KoproGo's audit events are (its admin panel filters on them). */
public enum AuditEvent {
    GDPR_DATA_EXPORTED("GdprDataExported"),
    GDPR_DATA_EXPORT_FAILED("GdprDataExportFailed"),
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
}
