package org.koprogo.core.idempotency.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Marks the request's claimed Idempotency-Key as applied inside each transaction the request runs, so the mark
 * commits exactly when its writes do. Its answer is stored only after the commit: an instance that dies in
 * between leaves an applied key, which a retry must not run again ({@link IdempotencyKeys#claim}). Runs inside
 * the transaction of every {@code @Transactional} (REQUIRED) method, after the platform's transaction interceptor
 * (priority 200); a request without a claimed key pays one scope check.
 */
@Interceptor
@Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 201)
public class IdempotentWrites {

    private static final Object MARKED = IdempotentWrites.class;

    @Inject
    BeanManager beans;

    @Inject
    ClaimedKey claimed;

    @Inject
    IdempotencyKeys keys;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @AroundInvoke
    Object markApplied(InvocationContext invocation) throws Exception {
        if (inRequest() && transaction.getTransactionKey() != null && transaction.getResource(MARKED) == null) {
            claimed.current().ifPresent(key -> {
                keys.markApplied(key);
                transaction.putResource(MARKED, Boolean.TRUE);
            });
        }
        return invocation.proceed();
    }

    /** Timers and start-up work run transactions outside any request. */
    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
