package org.koprogo.auth.organization.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.auth.organization.entity.Organization;
import org.koprogo.auth.organization.entity.SubscriptionPlan;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.Where;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.tenancy.boundary.Caller;

@ApplicationScoped
public class OrganizationStore {

    public static final Map<String, String> SORTS = Map.of("name", "o.name", "created_at", "o.createdAt");

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Inject
    OrganizationSessions sessions;

    public <T> Page<T> list(Caller caller, PageRequest request, Function<Organization, T> view) {
        return JpaPages.list(em, Organization.class, Organization.SELECT_JPQL, Organization.COUNT_JPQL,
                Where.visibleTo(caller.organizationId(), "o.id"), SORTS, "o.id", request, view);
    }

    /** The organization, if the caller may see it: a superadmin any, a member their own. */
    public Optional<Organization> find(Caller caller, UUID id) {
        return Optional.ofNullable(em.find(Organization.class, id))
                .filter(organization -> caller.canSee(organization.id()));
    }

    @Transactional
    public Organization create(OrganizationChanges changes) {
        Organization organization = new Organization(changes.name(), slug(changes), changes.contactEmail(),
                changes.contactPhone(), changes.planOr(SubscriptionPlan.FREE));
        em.persist(organization);
        return saved(organization);
    }

    @Transactional
    public Organization update(UUID id, OrganizationChanges changes) {
        Organization organization = existing(id);
        organization.describe(changes.name(), slug(changes), changes.contactEmail(), changes.contactPhone(),
                changes.planOr(organization.plan()));
        return saved(organization);
    }

    /** A deactivated organization's users can no longer sign in, and their sessions (access tokens too) end now. */
    @Transactional
    public Organization setActive(UUID id, boolean active) {
        Organization organization = existing(id);
        organization.setActive(active);
        if (!active) {
            organization.revokeAccessTokens();
            sessions.revokeOrganization(id);
        }
        return organization;
    }

    private Organization existing(UUID id) {
        return Optional.ofNullable(em.find(Organization.class, id)).orElseThrow(() -> notFound(id));
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("No organization " + id);
    }

    private Organization saved(Organization organization) {
        Conflicts.flush(em, Map.of("organizations_slug_key",
                "An organization with slug '" + organization.slug() + "' already exists"));
        return organization;
    }

    /** The slug the client gave, or one made from the name: "Résidence Grand-Place" becomes "residence-grand-place". */
    static String slug(OrganizationChanges changes) {
        String source = changes.slug() != null ? changes.slug() : changes.name();
        String ascii = Normalizer.normalize(source, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
    }
}
