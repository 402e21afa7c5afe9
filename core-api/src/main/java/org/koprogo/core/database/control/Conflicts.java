package org.koprogo.core.database.control;

import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/**
 * Writes whose constraints the database enforces (unique numbers, references still in use): flushing inside
 * the store turns a named constraint's violation into a 409 that says what clashed, instead of a failed commit.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /** @param messages constraint name to the 409's detail */
    public static void flush(EntityManager em, Map<String, String> messages) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            Optional<String> detail = violated(e).map(messages::get);
            if (detail.isPresent()) {
                throw new ClientErrorException(detail.get(), Response.Status.CONFLICT);
            }
            throw e;
        }
    }

    /** Flushes a removal; rows of any module still referring to it make a 409 that says so. */
    public static void flushRemoval(EntityManager em, String what) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (IntegrityViolation.FOREIGN_KEY.in(e).isPresent()) {
                throw new ClientErrorException(what + " is still referred to by other records; remove or end those first",
                        Response.Status.CONFLICT);
            }
            throw e;
        }
    }

    private static Optional<String> violated(PersistenceException e) {
        return IntegrityViolation.UNIQUE.in(e).or(() -> IntegrityViolation.FOREIGN_KEY.in(e));
    }
}
