package org.koprogo.core.idempotency.control;

import java.util.Optional;
import java.util.UUID;

/**
 * The Idempotency-Key the request on this thread claimed, while its resource runs (IdempotencyFilter holds it and
 * takes it back). A thread-local rather than a request-scoped bean: {@link IdempotentWrites} looks at it in every
 * transaction of every request, and a bean would be created for each of them to say that almost none has a key.
 */
public final class ClaimedKey {

    /** A user's key. */
    public record Key(UUID user, String key) {
    }

    private static final ThreadLocal<Key> HELD = new ThreadLocal<>();

    private ClaimedKey() {
    }

    public static void hold(UUID user, String key) {
        HELD.set(new Key(user, key));
    }

    /** Also called as each request starts, so that nothing a request on this thread held before is seen. */
    public static Optional<Key> release() {
        Key key = HELD.get();
        HELD.remove();
        return Optional.ofNullable(key);
    }

    static Optional<Key> current() {
        return Optional.ofNullable(HELD.get());
    }
}
