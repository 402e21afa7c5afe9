package org.koprogo.auth.login.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.auth.login.entity.RefreshToken;
import org.koprogo.auth.user.control.SignInTraces;

/** An erased user's sign-ins leave nothing behind: its sessions and its account's attempt counts are deleted. */
@ApplicationScoped
public class ErasedSignIns implements SignInTraces {

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Override
    public Map<String, Integer> forget(UUID userId, String email) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("refresh_tokens", em.createNamedQuery(RefreshToken.DELETE_OF_USER).setParameter("user", userId)
                .executeUpdate());
        deleted.put("login_failures", em.createNativeQuery("delete from login_failures where subject = ?1")
                .setParameter(1, LoginThrottle.account(email)).executeUpdate());
        return deleted;
    }
}
