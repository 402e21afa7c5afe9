package org.koprogo.core.database.boundary;

import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.RuleViolation;

/**
 * Writes whose constraints the database enforces (unique numbers, references): flushing inside the store turns
 * a named constraint's violation into a 409 or 404 that says what is wrong, instead of a failed commit.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /**
     * @param messages constraint name to the detail: a unique constraint's clash is a 409; a foreign key's
     *                 means the row written refers to one that does not exist, a 404
     */
    public static void flush(EntityManager em, Map<String, String> messages) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            Optional<String> clash = IntegrityViolation.UNIQUE.in(e).map(messages::get);
            if (clash.isPresent()) {
                throw new RuleViolation(clash.get());
            }
            Optional<String> missing = IntegrityViolation.FOREIGN_KEY.in(e).map(messages::get);
            if (missing.isPresent()) {
                throw new NotFound(missing.get());
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
                throw new RuleViolation(what + " is still referred to by other records; remove or end those first");
            }
            throw e;
        }
    }

}
