package org.koprogo.core.housekeeping.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.core.housekeeping.boundary.ExpiringRows;

/** One batch of expired rows deleted, under a lock that keeps other instances from purging meanwhile. */
@ApplicationScoped
public class Purge {

    /** Any fixed number, named for the platform's purge alone. */
    private static final long LOCK = 0x6b70_7075_7267_65L;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * Deletes at most {@code batch} expired rows of the table; -1 when another instance is purging. The lock
     * is PostgreSQL's and ends with the transaction, so an instance that dies holding it frees it.
     */
    @Transactional
    public int batch(ExpiringRows rows, int batch) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        // by physical row id: each table's key differs, and a bounded batch never holds many row locks
        return em.createNativeQuery("delete from " + rows.table() + " where ctid = any(array(select ctid from "
                + rows.table() + " where " + rows.expired() + " limit ?1))").setParameter(1, batch).executeUpdate();
    }
}
