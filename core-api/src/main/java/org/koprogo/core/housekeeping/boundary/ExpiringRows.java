package org.koprogo.core.housekeeping.boundary;

/**
 * A table whose rows expire (idempotency keys, refresh tokens, closed throttling windows), declared by the
 * component that owns it as a CDI bean. The platform deletes its expired rows while it runs, in small batches,
 * one instance at a time (see {@code KOPROGO_PURGE_INTERVAL_SECONDS}).
 */
public interface ExpiringRows {

    /** The table's name: a constant of the declaring component, never input. */
    String table();

    /** A SQL condition true of a row nobody needs any more, such as {@code expires_at <= now()}; indexed. */
    String expired();
}
