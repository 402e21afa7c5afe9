package org.koprogo.owners.owner.control;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.data.boundary.UserReferences;
import org.koprogo.owners.owner.entity.Owner;

/**
 * module-owners' side of user deletion: an owner linked to the deleted sign-in stays, with its shares and history,
 * unlinked (its version moves on, so a client holding its old ETag is told it changed).
 */
@ApplicationScoped
public class OwnerUserLinks implements UserReferences {

    @PersistenceContext(unitName = "owners")
    EntityManager em;

    @Override
    public String module() {
        return "owners";
    }

    @Override
    public void release(UUID userId) {
        em.createNamedQuery(Owner.BY_USER, Owner.class).setParameter("user", userId).getResultStream()
                .forEach(owner -> owner.linkUser(null));
        // before module-auth removes the user, whose foreign key would otherwise unlink the row behind JPA's back
        em.flush();
    }
}
