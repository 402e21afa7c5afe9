package org.koprogo.core.conditional.boundary;

import java.util.UUID;

import org.koprogo.core.refusal.boundary.PreconditionFailed;

/**
 * What a write's {@code If-Match} asks of the version it changes. The resource makes one from the request
 * ({@link Versioned#ifMatch}); the store checks it once the row is locked, without knowing HTTP.
 */
@FunctionalInterface
public interface IfMatch {

    /** No precondition: internal writes, and requests that sent none. */
    IfMatch ANY = (id, version) -> true;

    boolean admits(UUID id, int version);

    /** Refuses the write unless the current version is the one the client read. */
    default void require(UUID id, int version) {
        if (!admits(id, version)) {
            throw new PreconditionFailed("The resource has changed since it was read (now \"" + tag(id, version)
                    + "\"); read it again");
        }
    }

    /** A version's strong entity tag (its value, unquoted). */
    static String tag(UUID id, int version) {
        return id + "." + version;
    }
}
