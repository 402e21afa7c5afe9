package org.koprogo.buildings.building.control;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.koprogo.buildings.building.boundary.BuildingRequest;
import org.koprogo.buildings.building.boundary.BuildingResponse;
import org.koprogo.buildings.building.entity.Building;
import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Visibility;

@ApplicationScoped
public class BuildingStore {

    /** Wire names clients may sort by, each served by an index on (organization_id, column). */
    public static final Map<String, String> SORTS = Map.of("name", "b.name", "city", "b.city",
            "created_at", "b.createdAt");

    @PersistenceContext(unitName = "buildings")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Visibility visibility;


    public Page<BuildingResponse> list(PageRequest request) {
        return JpaPages.list(em, Building.class, Building.SELECT_JPQL, Building.COUNT_JPQL,
                visibility.where("b.organizationId", "b.id"), SORTS, "b.id", request, BuildingResponse::of);
    }

    /** KoproGo's default when a client leaves total_tantiemes out. */
    static final int DEFAULT_TANTIEMES = 1000;

    @Transactional
    public BuildingResponse create(UUID organizationId, BuildingRequest request) {
        Building building = new Building(organizationId, request.name().trim(), request.address().trim(),
                request.city().trim(), request.postalCode().trim(), request.country().trim(), request.totalUnits(),
                request.totalTantiemes() == null ? DEFAULT_TANTIEMES : request.totalTantiemes(),
                request.constructionYear());
        em.persist(building);
        Conflicts.flush(em, Map.of("buildings_organization_fkey", "No organization " + organizationId));
        return BuildingResponse.of(building);
    }

    /** The building, if it exists and the caller may see it. */
    public Optional<Versioned<BuildingResponse>> find(UUID id) {
        return visible(id).map(BuildingStore::versioned);
    }

    /** Answers 404 unless the building exists and the caller may read it. */
    public void requireReadable(UUID id) {
        visible(id).orElseThrow(() -> new NotFoundException("No building " + id));
    }

    /**
     * Replaces what a client may change, if the request's {@code If-Match} (when sent) names the current version.
     * The row is locked, as unit writes lock it, so the tantièmes total never drops below the units' quotas.
     */
    @Transactional
    public Versioned<BuildingResponse> update(UUID id, Request preconditions, BuildingRequest request) {
        Building building = existing(id, preconditions);
        int tantiemes = request.totalTantiemes() == null ? building.getTotalTantiemes() : request.totalTantiemes();
        BigDecimal quotas = building.getAllocatedQuota();
        if (quotas.compareTo(BigDecimal.valueOf(tantiemes)) > 0) {
            throw new ClientErrorException("The building's units already hold " + quotas.stripTrailingZeros()
                    .toPlainString() + " tantièmes; total_tantiemes cannot be " + tantiemes, Response.Status.CONFLICT);
        }
        building.describe(request.name().trim(), request.address().trim(), request.city().trim(),
                request.postalCode().trim(), request.country().trim(), request.totalUnits(), tantiemes,
                request.constructionYear());
        em.flush();
        return versioned(building);
    }

    @Transactional
    public void delete(UUID id, Request preconditions) {
        em.remove(existing(id, preconditions));
        Conflicts.flushRemoval(em, "Building " + id);
    }

    private Building existing(UUID id, Request preconditions) {
        Building building = Optional.ofNullable(em.find(Building.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> caller.canSee(found.getOrganizationId()))
                .orElseThrow(() -> new NotFoundException("No building " + id));
        Versioned.requireMatch(preconditions, Versioned.tagOf(id, building.getVersion()));
        return building;
    }

    private Optional<Building> visible(UUID id) {
        return Optional.ofNullable(em.find(Building.class, id))
                .filter(building -> visibility.canSee(building.getOrganizationId(), building.getId()));
    }

    private static Versioned<BuildingResponse> versioned(Building building) {
        return Versioned.of(BuildingResponse.of(building), building.getId(), building.getVersion());
    }
}
