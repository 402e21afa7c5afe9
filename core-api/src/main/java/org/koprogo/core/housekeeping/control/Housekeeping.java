package org.koprogo.core.housekeeping.control;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.housekeeping.boundary.ExpiringRows;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;
import org.koprogo.core.lifecycle.boundary.StartupRefusedException;

/**
 * Deletes expired rows of every {@link ExpiringRows} at start-up and then every {@value #INTERVAL} seconds,
 * on the container's scheduled executor. Safe with several instances: each batch runs under a PostgreSQL
 * advisory lock that only one of them gets; the others skip their turn.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    static final String INTERVAL = "KOPROGO_PURGE_INTERVAL_SECONDS";
    /** Small enough that a batch holds its row locks for milliseconds. */
    static final int BATCH = 1000;
    /** A bound on one run; what is left waits for the next. */
    static final int MAX_BATCHES = 100;
    /** Looked up by name: Payara does not register {@code @Resource} injection points of library-jar beans. */
    private static final String EXECUTOR = "java:comp/DefaultManagedScheduledExecutorService";

    @Inject
    @ConfigProperty(name = INTERVAL, defaultValue = "300")
    long intervalSeconds;

    @Inject
    @Any
    Instance<ExpiringRows> tables;

    @Inject
    Purge purge;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseMigrated event) {
        if (intervalSeconds < 1) {
            throw new StartupRefusedException(INTERVAL + " must be at least 1, not " + intervalSeconds);
        }
        try {
            ManagedScheduledExecutorService executor = InitialContext.doLookup(EXECUTOR);
            schedule = executor.scheduleWithFixedDelay(this::purgeExpired, 0, intervalSeconds, TimeUnit.SECONDS);
        } catch (NamingException e) {
            throw new StartupRefusedException("the container offers no scheduled executor at " + EXECUTOR, e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** A failed run is logged and the next one tries again: an exception would end the schedule. */
    void purgeExpired() {
        for (ExpiringRows rows : tables) {
            try {
                int deleted = 0;
                for (int round = 0; round < MAX_BATCHES; round++) {
                    int batch = purge.batch(rows, BATCH);
                    if (batch < 0) {
                        return; // another instance is purging
                    }
                    deleted += batch;
                    if (batch < BATCH) {
                        break;
                    }
                }
                int total = deleted;
                LOG.fine(() -> "Purged " + total + " expired rows of " + rows.table());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot purge the expired rows of " + rows.table(), e);
            }
        }
    }
}
