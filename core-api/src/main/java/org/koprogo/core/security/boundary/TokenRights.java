package org.koprogo.core.security.boundary;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Whether a verified access token still carries its holder's current rights. */
@ApplicationScoped
public class TokenRights {

    /** Instance, not a plain injection: a platform without module-auth still deploys, and refuses every token. */
    @Inject
    Instance<RightsVersions> implementations;

    private Optional<RightsVersions> versions;

    @PostConstruct
    void resolve() {
        versions = implementations.isResolvable() ? Optional.of(implementations.get()) : Optional.empty();
    }

    public boolean areCurrent(JsonWebToken token) {
        if (versions.isEmpty() || token.getSubject() == null) {
            return false;
        }
        UUID user;
        try {
            user = UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException e) {
            return false;
        }
        Long userVersion = number(token.getClaim(RightsVersions.USER_CLAIM));
        Long organizationVersion = number(token.getClaim(RightsVersions.ORGANIZATION_CLAIM));
        return userVersion != null && versions.get().current(user)
                .filter(current -> current.user() == userVersion
                        && Objects.equals(current.organization(), organizationVersion))
                .isPresent();
    }

    /** MicroProfile JWT hands a numeric claim over as a JSON number or a Java one, depending on the claim. */
    private static Long number(Object claim) {
        if (claim instanceof JsonNumber json && json.isIntegral()) {
            return json.longValue();
        }
        if (claim instanceof Long || claim instanceof Integer) {
            return ((Number) claim).longValue();
        }
        return Optional.ofNullable(claim).filter(String.class::isInstance).map(String.class::cast)
                .filter(text -> text.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
    }
}
