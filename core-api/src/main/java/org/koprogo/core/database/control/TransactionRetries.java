package org.koprogo.core.database.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;

/**
 * Every {@code @Transactional} method of every module gets {@link TransientFailureRetry}, without each store
 * having to ask for it (a module forgetting would answer 500 on a deadlock).
 */
public class TransactionRetries implements Extension {

    <T> void retried(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
        if (type.getAnnotatedType().isAnnotationPresent(Transactional.class)) {
            type.configureAnnotatedType().add(RetriedOnTransientFailure.Literal.INSTANCE);
            return;
        }
        type.configureAnnotatedType()
                .filterMethods(method -> method.isAnnotationPresent(Transactional.class))
                .forEach(method -> method.add(RetriedOnTransientFailure.Literal.INSTANCE));
    }
}
