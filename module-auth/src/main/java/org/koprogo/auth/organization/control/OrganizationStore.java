package org.koprogo.auth.organization.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.koprogo.auth.login.control.RefreshTokens;
import org.koprogo.auth.organization.boundary.OrganizationRequest;
import org.koprogo.auth.organization.boundary.OrganizationResponse;
import org.koprogo.auth.organization.entity.Organization;
import org.koprogo.auth.organization.entity.SubscriptionPlan;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Where;
import org.koprogo.core.tenancy.boundary.Caller;

@ApplicationScoped
public class OrganizationStore {

    public static final Map<String, String> SORTS = Map.of("name", "o.name", "created_at", "o.createdAt");

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Inject
    RefreshTokens refreshTokens;

    public Page<OrganizationResponse> list(Caller caller, PageRequest request) {
        return JpaPages.list(em, Organization.class, Organization.SELECT_JPQL, Organization.COUNT_JPQL,
                Where.visibleTo(caller.organizationId(), "o.id"), SORTS, "o.id", request, OrganizationResponse::of);
    }

    /** The organization, if the caller may see it: a superadmin any, a member their own. */
    public Optional<OrganizationResponse> find(Caller caller, UUID id) {
        return Optional.ofNullable(em.find(Organization.class, id))
                .filter(organization -> caller.canSee(organization.id()))
                .map(OrganizationResponse::of);
    }

    @Transactional
    public OrganizationResponse create(OrganizationRequest request) {
        Organization organization = new Organization(request.name().strip(), slug(request),
                request.contactEmail().strip(), request.contactPhone(), request.planOr(SubscriptionPlan.FREE));
        em.persist(organization);
        return saved(organization);
    }

    @Transactional
    public OrganizationResponse update(UUID id, OrganizationRequest request) {
        Organization organization = existing(id);
        organization.describe(request.name().strip(), slug(request), request.contactEmail().strip(),
                request.contactPhone(), request.planOr(organization.plan()));
        return saved(organization);
    }

    /** A deactivated organization's users can no longer sign in, and their sessions (access tokens too) end now. */
    @Transactional
    public OrganizationResponse setActive(UUID id, boolean active) {
        Organization organization = existing(id);
        organization.setActive(active);
        if (!active) {
            organization.revokeAccessTokens();
            refreshTokens.revokeOrganization(id);
        }
        return OrganizationResponse.of(organization);
    }

    private Organization existing(UUID id) {
        return Optional.ofNullable(em.find(Organization.class, id))
                .orElseThrow(() -> new NotFoundException("No organization " + id));
    }

    private OrganizationResponse saved(Organization organization) {
        Conflicts.flush(em, Map.of("organizations_slug_key",
                "An organization with slug '" + organization.slug() + "' already exists"));
        return OrganizationResponse.of(organization);
    }

    /** The slug the client gave, or one made from the name: "Résidence Grand-Place" becomes "residence-grand-place". */
    static String slug(OrganizationRequest request) {
        String source = request.slug() != null ? request.slug() : request.name();
        String ascii = Normalizer.normalize(source, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
    }
}
