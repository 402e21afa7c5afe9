package org.koprogo.core.failure.control;

import java.util.Optional;
import java.util.function.Predicate;

/** Looks through the layers JPA, JTA and CDI wrap around a failure for the one that says what happened. */
public final class Causes {

    private Causes() {
    }

    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type, Predicate<T> matching) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause) && matching.test(type.cast(cause))) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
