package org.koprogo.core.tenancy.boundary;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotAuthenticated;
import org.koprogo.core.refusal.boundary.NotPermitted;

/**
 * Who is calling, read from the access token MicroProfile JWT verified: the tenancy contract of every module.
 * A superadmin belongs to no organization and sees all of them; everyone else sees only their own, and any
 * other organization's resource is reported as absent (404), never as forbidden. An account of another role that
 * belongs to no organization yet (an owner who registered by itself) sees none and writes in none.
 */
@ApplicationScoped
public class Caller {

    /** The claim carrying the caller's organization; absent for a superadmin or an unattached account. */
    public static final String ORGANIZATION_CLAIM = "organization_id";

    /** The organization of an unattached account: no organization has this id, so it holds no row. */
    static final UUID NO_ORGANIZATION = new UUID(0, 0);

    private static final String ATTRIBUTE = Caller.class.getName();

    /*
     * Application-scoped over the request's principal rather than a request-scoped bean injected with the
     * token: creating a bean per request put Payara's injection machinery on every request's path.
     */
    @Inject
    HttpServletRequest request;

    private record Identity(UUID userId, Role role, UUID organizationId) {
    }

    /** Read from the verified token once per request, then kept with the request. */
    private Identity identity() {
        if (request.getAttribute(ATTRIBUTE) instanceof Identity identity) {
            return identity;
        }
        if (!(request.getUserPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            throw new NotAuthenticated("Authentication required");
        }
        Role role = token.getGroups().stream().flatMap(group -> Role.fromWireName(group).stream()).findFirst()
                .orElseThrow(() -> new NotAuthenticated("The token carries no known role"));
        String organization = token.getClaim(ORGANIZATION_CLAIM);
        Identity identity = new Identity(UUID.fromString(token.getSubject()), role,
                organization == null ? null : UUID.fromString(organization));
        request.setAttribute(ATTRIBUTE, identity);
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

    /**
     * The organization whose rows the caller sees; empty for a superadmin, which sees every row. An unattached
     * account gets {@link #NO_ORGANIZATION} rather than empty: every list and read is scoped by this value, and
     * empty would give a stranger everyone's data, so it fails closed here, once, for every module.
     */
    public Optional<UUID> organizationId() {
        UUID organization = identity().organizationId();
        return organization != null || isSuperadmin() ? Optional.ofNullable(organization)
                : Optional.of(NO_ORGANIZATION);
    }

    public boolean canSee(UUID organizationId) {
        return isSuperadmin() || organizationId.equals(identity().organizationId());
    }

    /**
     * The organization a new resource belongs to. A superadmin must name it; anyone else writes in their own
     * organization, whatever the request says (no mass assignment), and an unattached account in none (403).
     */
    public UUID organizationForWrite(UUID requested) {
        if (!isSuperadmin()) {
            if (identity().organizationId() == null) {
                throw new NotPermitted("Your account belongs to no organization yet: its syndic or a superadmin"
                        + " gives you a role in one");
            }
            return identity().organizationId();
        }
        if (requested == null) {
            throw InvalidInput.inBody("#/organization_id", "a superadmin must name the organization");
        }
        return requested;
    }
}
