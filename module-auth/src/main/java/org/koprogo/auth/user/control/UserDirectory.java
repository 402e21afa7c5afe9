package org.koprogo.auth.user.control;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.auth.user.entity.User;
import org.koprogo.core.tenancy.boundary.Members;

/** module-auth's side of the members contract: active users by id. */
@ApplicationScoped
public class UserDirectory implements Members {

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Override
    public Optional<Member> member(UUID userId) {
        return Optional.ofNullable(em.find(User.class, userId))
                .filter(User::isActive)
                .map(user -> new Member(user.id(), user.organizationId(), user.role()));
    }
}
