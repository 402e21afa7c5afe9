package org.koprogo.core.database.control;

import java.util.concurrent.Callable;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a transaction again, once, when PostgreSQL aborted it for a deadlock or a serialization failure: the
 * other transaction has finished by then, so the second run usually succeeds. Placed outside the
 * {@code @Transactional} interceptor (priority 200), so the second run is a fresh transaction; a method called
 * inside a transaction already running is not retried (only the outermost one can start again). A second
 * failure propagates, and the client gets a 503 with Retry-After.
 */
@Interceptor
@RetriedOnTransientFailure
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransientFailureRetry {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    /** The server's one registry, looked up once: a lookup per write would cost more than the check. */
    private static volatile TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        return inTransaction() ? invocation.proceed() : onceMore(invocation::proceed);
    }

    /** Runs the work; if it fails for a transient reason, runs it one more time. */
    static <T> T onceMore(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (RuntimeException failure) {
            if (DatabaseRefusal.in(failure).filter(DatabaseRefusal.TRANSIENT::equals).isEmpty()) {
                throw failure;
            }
            return work.call();
        }
    }

    private static boolean inTransaction() throws NamingException {
        if (registry == null) {
            registry = InitialContext.doLookup(REGISTRY);
        }
        return registry.getTransactionKey() != null;
    }
}
