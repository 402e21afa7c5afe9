package org.koprogo.core.idempotency.control;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
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
 * (priority 200); a transaction without a claimed key pays one thread-local read.
 */
@Interceptor
@Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 201)
public class IdempotentWrites {

    private static final Object MARKED = IdempotentWrites.class;

    @Inject
    IdempotencyKeys keys;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @AroundInvoke
    Object markApplied(InvocationContext invocation) throws Exception {
        Optional<ClaimedKey.Key> key = ClaimedKey.current();
        if (key.isPresent() && transaction.getResource(MARKED) == null) {
            keys.markApplied(key.get());
            transaction.putResource(MARKED, Boolean.TRUE);
        }
        return invocation.proceed();
    }
}
