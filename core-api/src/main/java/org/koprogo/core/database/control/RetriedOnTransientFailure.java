package org.koprogo.core.database.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;

/** Binds {@link TransientFailureRetry}; {@link TransactionRetries} puts it on every {@code @Transactional} method. */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetriedOnTransientFailure {

    final class Literal extends AnnotationLiteral<RetriedOnTransientFailure> implements RetriedOnTransientFailure {

        static final Literal INSTANCE = new Literal();

        private static final long serialVersionUID = 1L;
    }
}
