package org.koprogo.buildings.building.control;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.buildings.building.boundary.BuildingRequest;
import org.koprogo.buildings.building.boundary.BuildingResponse;
import org.koprogo.buildings.building.entity.Building;
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
    public Optional<BuildingResponse> find(Caller caller, UUID id) {
        return Optional.ofNullable(em.find(Building.class, id))
                .filter(building -> caller.canSee(building.getOrganizationId()))
                .map(BuildingResponse::of);
    }
}
