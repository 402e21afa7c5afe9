package org.koprogo.buildings.building.control;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.buildings.building.entity.Building;
import org.koprogo.core.conditional.boundary.IfMatch;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.tenancy.boundary.BuildingQuota;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Visibility;

/**
 * Buildings and their rules: an organization holds at most its plan's buildings; a building's tantièmes cover its
 * units' quotas.
 */
@ApplicationScoped
public class BuildingStore {

    /** Wire names clients may sort by, each served by an index on (organization_id, column). */
    public static final Map<String, String> SORTS = Map.of("name", "b.name", "city", "b.city",
            "created_at", "b.createdAt");

    /** KoproGo's default when a client leaves total_tantiemes out. */
    static final int DEFAULT_TANTIEMES = 1000;

    @PersistenceContext(unitName = "buildings")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Visibility visibility;

    @Inject
    BuildingQuota quota;

    public <T> Page<T> list(PageRequest request, Function<Building, T> view) {
        return JpaPages.list(em, Building.class, Building.SELECT_JPQL, Building.COUNT_JPQL,
                visibility.where("b.organizationId", "b.id"), SORTS, "b.id", request, view);
    }

    /** Counted under the organization's lock, so that two creates cannot both take its last slot. */
    @Transactional
    public Building create(UUID organizationId, BuildingChanges changes) {
        BuildingQuota.Limit limit = quota.lockedLimit(em, organizationId)
                .orElseThrow(() -> new NotFound("No organization " + organizationId));
        long held = em.createNamedQuery(Building.IN_ORGANIZATION, Long.class)
                .setParameter("organization", organizationId).getSingleResult();
        RuleViolation.require(held < limit.maxBuildings(), "Organization " + organizationId + " has reached the "
                + limit.maxBuildings() + " building(s) of its " + limit.plan() + " plan");
        Building building = new Building(organizationId, changes.name(), changes.address(), changes.city(),
                changes.postalCode(), changes.country(), changes.totalUnits(),
                changes.totalTantiemes() == null ? DEFAULT_TANTIEMES : changes.totalTantiemes(),
                changes.constructionYear());
        em.persist(building);
        return building;
    }

    /** The building, if it exists and the caller may see it. */
    public Optional<Building> find(UUID id) {
        return Optional.ofNullable(em.find(Building.class, id))
                .filter(building -> visibility.canSee(building.getOrganizationId(), building.getId()));
    }

    /** Refuses (404) unless the building exists and the caller may read it. */
    public void requireReadable(UUID id) {
        find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Replaces what a client may change, if {@code ifMatch} admits the current version. The row is locked, as
     * unit writes lock it, so the tantièmes total never drops below the units' quotas.
     */
    @Transactional
    public Building update(UUID id, IfMatch ifMatch, BuildingChanges changes) {
        Building building = existing(id, ifMatch);
        building.describe(changes.name(), changes.address(), changes.city(), changes.postalCode(), changes.country(),
                changes.totalUnits(),
                changes.totalTantiemes() == null ? building.getTotalTantiemes() : changes.totalTantiemes(),
                changes.constructionYear());
        em.flush(); // the new version, for the answer's ETag
        return building;
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        em.remove(existing(id, ifMatch));
        Conflicts.flushRemoval(em, "Building " + id);
    }

    private Building existing(UUID id, IfMatch ifMatch) {
        Building building = Optional.ofNullable(em.find(Building.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> caller.canSee(found.getOrganizationId()))
                .orElseThrow(() -> notFound(id));
        ifMatch.require(id, building.getVersion());
        return building;
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("No building " + id);
    }
}
