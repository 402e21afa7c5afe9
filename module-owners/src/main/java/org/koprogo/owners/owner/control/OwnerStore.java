package org.koprogo.owners.owner.control;

import java.util.List;
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
import jakarta.ws.rs.core.Request;

import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Where;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Members;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.owners.owner.boundary.OwnerRequest;
import org.koprogo.owners.owner.boundary.OwnerResponse;
import org.koprogo.owners.owner.entity.Owner;
import org.koprogo.core.refusal.boundary.InvalidField;

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

    /** @param search matched anywhere in first name, last name or email, ignoring case */
    public Page<OwnerResponse> list(String search, PageRequest request) {
        Where where = Where.visibleTo(caller.organizationId(), "o.organizationId");
        if (caller.is(Role.OWNER)) {
            where.and("o.userId = :me", "me", caller.userId());
        }
        if (search != null && !search.isBlank()) {
            where.and(Owner.SEARCH_JPQL, "search", "%" + likeLiteral(search.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return JpaPages.list(em, Owner.class, Owner.SELECT_JPQL, Owner.COUNT_JPQL, where, SORTS, "o.id", request,
                OwnerResponse::of);
    }

    /** The text as a LIKE pattern that matches it literally (PostgreSQL's default escape is the backslash). */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Transactional
    public OwnerResponse create(UUID organizationId, OwnerRequest request) {
        Owner owner = new Owner(organizationId, request.contact());
        em.persist(owner);
        saved(owner);
        return OwnerResponse.of(owner);
    }

    public Optional<Versioned<OwnerResponse>> find(UUID id) {
        return visible(id).map(OwnerStore::versioned);
    }

    /** Answers 404 unless the owner exists and the caller may read it. */
    public void requireReadable(UUID id) {
        visible(id).orElseThrow(() -> new NotFoundException("No owner " + id));
    }

    /**
     * The owner record linked to the calling user, in the caller's organization only: a user moved to another
     * organization keeps its link to the record of the one it left, which it must no longer read.
     */
    public Optional<OwnerResponse> mine() {
        Optional<UUID> organization = caller.organizationId();
        return em.createNamedQuery(Owner.BY_USER, Owner.class).setParameter("user", caller.userId())
                .getResultStream().findFirst()
                .filter(owner -> organization.filter(owner.getOrganizationId()::equals).isPresent())
                .map(OwnerResponse::of);
    }

    @Transactional
    public Versioned<OwnerResponse> update(UUID id, Request preconditions, OwnerRequest request) {
        Owner owner = existing(id, preconditions);
        owner.describe(request.contact());
        saved(owner);
        return versioned(owner);
    }

    @Transactional
    public void delete(UUID id, Request preconditions) {
        em.remove(existing(id, preconditions));
        Conflicts.flushRemoval(em, "Owner " + id);
    }

    /** Links the owner to a user of role owner in the same organization, or unlinks it (null). */
    @Transactional
    public OwnerResponse link(UUID id, UUID userId) {
        Owner owner = existing(id, null);
        if (userId != null) {
            members.member(userId)
                    .filter(member -> owner.getOrganizationId().equals(member.organizationId()))
                    .filter(member -> member.role() == Role.OWNER)
                    .orElseThrow(() -> new InvalidInput(List.of(InvalidField.inBody("#/user_id",
                            "must name an active user of role owner in the owner's organization"))));
        }
        owner.linkUser(userId);
        Conflicts.flush(em, Map.of("owners_user", "User " + userId + " is already linked to another owner"));
        return OwnerResponse.of(owner);
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

    private Owner existing(UUID id, Request preconditions) {
        Owner owner = visible(id).orElseThrow(() -> new NotFoundException("No owner " + id));
        if (preconditions != null) {
            Versioned.requireMatch(preconditions, Versioned.tagOf(id, owner.getVersion()));
        }
        return owner;
    }

    private Optional<Owner> visible(UUID id) {
        return Optional.ofNullable(em.find(Owner.class, id))
                .filter(owner -> caller.canSee(owner.getOrganizationId()))
                .filter(owner -> !caller.is(Role.OWNER) || caller.userId().equals(owner.getUserId()));
    }

    private static Versioned<OwnerResponse> versioned(Owner owner) {
        return Versioned.of(OwnerResponse.of(owner), owner.getId(), owner.getVersion());
    }
}
