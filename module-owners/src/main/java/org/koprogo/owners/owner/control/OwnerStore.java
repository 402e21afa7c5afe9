package org.koprogo.owners.owner.control;

import java.util.List;
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

import org.koprogo.core.conditional.boundary.IfMatch;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Where;
import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Members;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.owners.owner.entity.Owner;

/** Owners of the caller's organization; a user of role owner sees only the owner record linked to it. */
@ApplicationScoped
public class OwnerStore {

    /** Wire names clients may sort by, each served by an index on (organization_id, column, id). */
    public static final Map<String, String> SORTS = Map.of("last_name", "o.lastName", "email", "o.email",
            "created_at", "o.createdAt");

    @PersistenceContext(unitName = "owners")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Members members;

    /**
     * @param search matched anywhere in first name, last name or email, ignoring case
     * @param view   what the page holds of each owner
     */
    public <T> Page<T> list(String search, PageRequest request, Function<Owner, T> view) {
        Where where = Where.visibleTo(caller.organizationId(), "o.organizationId");
        if (caller.is(Role.OWNER)) {
            where.and("o.userId = :me", "me", caller.userId());
        }
        if (search != null && !search.isBlank()) {
            where.and(Owner.SEARCH_JPQL, "search", "%" + likeLiteral(search.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return JpaPages.list(em, Owner.class, Owner.SELECT_JPQL, Owner.COUNT_JPQL, where, SORTS, "o.id", request, view);
    }

    /** The text as a LIKE pattern that matches it literally (PostgreSQL's default escape is the backslash). */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Transactional
    public Owner create(UUID organizationId, Owner.Contact contact) {
        Owner owner = new Owner(organizationId, contact);
        em.persist(owner);
        saved(owner);
        return owner;
    }

    /** The owner; 404 unless it exists and the caller may read it. */
    public Owner readable(UUID id) {
        return visible(id).orElseThrow(() -> new NotFound("No owner " + id));
    }

    /**
     * The owner record linked to the calling user, in the caller's organization only: a user moved to another
     * organization keeps its link to the record of the one it left, which it must no longer read.
     */
    public Optional<Owner> mine() {
        Optional<UUID> organization = caller.organizationId();
        return em.createNamedQuery(Owner.BY_USER, Owner.class).setParameter("user", caller.userId())
                .getResultStream().findFirst()
                .filter(owner -> organization.filter(owner.getOrganizationId()::equals).isPresent());
    }

    @Transactional
    public Owner update(UUID id, IfMatch ifMatch, Owner.Contact contact) {
        Owner owner = existing(id, ifMatch);
        owner.describe(contact);
        saved(owner);
        return owner;
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        em.remove(existing(id, ifMatch));
        Conflicts.flushRemoval(em, "Owner " + id);
    }

    /** Links the owner to a user of role owner in the same organization, or unlinks it (null). */
    @Transactional
    public Owner link(UUID id, UUID userId) {
        Owner owner = existing(id, IfMatch.ANY);
        if (userId != null) {
            members.member(userId)
                    .filter(member -> owner.getOrganizationId().equals(member.organizationId()))
                    .filter(member -> member.role() == Role.OWNER)
                    .orElseThrow(() -> new InvalidInput(List.of(InvalidField.inBody("#/user_id",
                            "must name an active user of role owner in the owner's organization"))));
        }
        owner.linkUser(userId);
        Conflicts.flush(em, Map.of("owners_user", "User " + userId + " is already linked to another owner"));
        return owner;
    }

    /** The owner if it belongs to the organization: how shares check the owner they name. */
    public Optional<Owner> inOrganization(UUID id, UUID organizationId) {
        return Optional.ofNullable(em.find(Owner.class, id)).filter(o -> o.getOrganizationId().equals(organizationId));
    }

    private void saved(Owner owner) {
        Conflicts.flush(em, Map.of("owners_organization_id_email_key",
                "An owner with email " + owner.getEmail() + " already exists",
                "owners_organization_fkey", "No organization " + owner.getOrganizationId()));
    }

    private Owner existing(UUID id, IfMatch ifMatch) {
        Owner owner = readable(id);
        ifMatch.require(id, owner.getVersion());
        return owner;
    }

    private Optional<Owner> visible(UUID id) {
        return Optional.ofNullable(em.find(Owner.class, id))
                .filter(owner -> caller.canSee(owner.getOrganizationId()))
                .filter(owner -> !caller.is(Role.OWNER) || caller.userId().equals(owner.getUserId()));
    }
}
