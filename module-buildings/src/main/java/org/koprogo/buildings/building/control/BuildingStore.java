package org.koprogo.buildings.building.control;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Request;

import org.koprogo.buildings.building.boundary.BuildingRequest;
import org.koprogo.buildings.building.boundary.BuildingResponse;
import org.koprogo.buildings.building.entity.Building;
import org.koprogo.core.conditional.boundary.Versioned;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.control.JpaPages;
import org.koprogo.core.paging.control.Where;
import org.koprogo.core.tenancy.boundary.Caller;

@ApplicationScoped
public class BuildingStore {

    /** Wire names clients may sort by, each served by an index on (organization_id, column). */
    public static final Map<String, String> SORTS = Map.of("name", "b.name", "city", "b.city",
            "created_at", "b.createdAt");

    @PersistenceContext(unitName = "buildings")
    EntityManager em;

    public Page<BuildingResponse> list(Caller caller, PageRequest request) {
        return JpaPages.list(em, Building.class, Building.SELECT_JPQL, Building.COUNT_JPQL,
                Where.visibleTo(caller, "b.organizationId"), SORTS, "b.id", request,
                BuildingResponse::of);
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
        em.flush();
        em.refresh(building);
        return BuildingResponse.of(building);
    }

    /** The building, if it exists and the caller may see it. */
    public Optional<Versioned<BuildingResponse>> find(Caller caller, UUID id) {
        return visible(caller, id).map(BuildingStore::versioned);
    }

    /** Replaces what a client may change, if the request's {@code If-Match} (when sent) names the current version. */
    @Transactional
    public Versioned<BuildingResponse> update(Caller caller, UUID id, Request preconditions, BuildingRequest request) {
        Building building = existing(caller, id, preconditions);
        building.describe(request.name().trim(), request.address().trim(), request.city().trim(),
                request.postalCode().trim(), request.country().trim(), request.totalUnits(),
                request.totalTantiemes() == null ? building.getTotalTantiemes() : request.totalTantiemes(),
                request.constructionYear());
        em.flush();
        return versioned(building);
    }

    @Transactional
    public void delete(Caller caller, UUID id, Request preconditions) {
        em.remove(existing(caller, id, preconditions));
    }

    private Building existing(Caller caller, UUID id, Request preconditions) {
        Building building = visible(caller, id).orElseThrow(() -> new NotFoundException("No building " + id));
        Versioned.requireMatch(preconditions, Versioned.tagOf(id, building.getVersion()));
        return building;
    }

    private Optional<Building> visible(Caller caller, UUID id) {
        return Optional.ofNullable(em.find(Building.class, id))
                .filter(building -> caller.canSee(building.getOrganizationId()));
    }

    private static Versioned<BuildingResponse> versioned(Building building) {
        return Versioned.of(BuildingResponse.of(building), building.getId(), building.getVersion());
    }
}
