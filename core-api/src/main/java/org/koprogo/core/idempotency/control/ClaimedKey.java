package org.koprogo.core.idempotency.control;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/** The Idempotency-Key this request claimed, while its resource runs (set and cleared by IdempotencyFilter). */
@RequestScoped
public class ClaimedKey {

    /** A user's key. */
    public record Key(UUID user, String key) {
    }

    private Key key;

    public void hold(UUID user, String key) {
        this.key = new Key(user, key);
    }

    public void clear() {
        key = null;
    }

    Optional<Key> current() {
        return Optional.ofNullable(key);
    }
}
