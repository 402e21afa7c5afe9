package org.koprogo.core.tenancy.boundary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.koprogo.core.problem.boundary.InvalidInputException;
import org.koprogo.core.problem.boundary.Problem;

/**
 * Who is calling, read from the access token MicroProfile JWT verified: the tenancy contract of every module.
 * A superadmin belongs to no organization and sees all of them; everyone else sees only their own, and any
 * other organization's resource is reported as absent (404), never as forbidden.
 */
@RequestScoped
public class Caller {

    /** The claim carrying the caller's organization; absent for a superadmin. */
    public static final String ORGANIZATION_CLAIM = "organization_id";

    @Inject
    JsonWebToken token;

    private Identity identity;

    private record Identity(UUID userId, Role role, UUID organizationId) {
    }

    private Identity identity() {
        if (identity == null) {
            if (token == null || token.getSubject() == null) {
                throw new NotAuthorizedException("Authentication required", "Bearer");
            }
            Role role = token.getGroups().stream().flatMap(group -> Role.fromWireName(group).stream()).findFirst()
                    .orElseThrow(() -> new NotAuthorizedException("The token carries no known role", "Bearer"));
            String organization = token.getClaim(ORGANIZATION_CLAIM);
            identity = new Identity(UUID.fromString(token.getSubject()), role,
                    organization == null ? null : UUID.fromString(organization));
        }
        return identity;
    }

    public UUID userId() {
        return identity().userId();
    }

    public Role role() {
        return identity().role();
    }

    public boolean is(Role role) {
        return role() == role;
    }

    public boolean isSuperadmin() {
        return is(Role.SUPERADMIN);
    }

    /** The caller's organization; empty for a superadmin. */
    public Optional<UUID> organizationId() {
        return Optional.ofNullable(identity().organizationId());
    }

    public boolean canSee(UUID organizationId) {
        return isSuperadmin() || organizationId.equals(identity().organizationId());
    }

    /** Returns the resource if the caller may see its organization, else answers 404 as if it did not exist. */
    public <T> T visible(T resource, UUID organizationId, String notFound) {
        if (!canSee(organizationId)) {
            throw new NotFoundException(notFound);
        }
        return resource;
    }

    /**
     * The organization a new resource belongs to. A superadmin must name it; anyone else writes in their own
     * organization, whatever the request says (no mass assignment).
     */
    public UUID organizationForWrite(UUID requested) {
        if (!isSuperadmin()) {
            return identity().organizationId();
        }
        if (requested == null) {
            throw new InvalidInputException(List.of(Problem.InvalidField.inBody("#/organization_id",
                    "a superadmin must name the organization")));
        }
        return requested;
    }
}
