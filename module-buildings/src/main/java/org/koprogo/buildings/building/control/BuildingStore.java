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

@ApplicationScoped
public class BuildingStore {

    /** Wire names clients may sort by, each served by an index on (organization_id, column). */
    public static final Map<String, String> SORTS = Map.of("name", "b.name", "city", "b.city",
            "created_at", "b.createdAt");

    @PersistenceContext(unitName = "buildings")
    EntityManager em;

    public Page<BuildingResponse> list(PageRequest request) {
        return JpaPages.list(em, Building.class, Building.SELECT_JPQL,
                Building.COUNT_JPQL, SORTS, "b.id", request,
                BuildingResponse::of);
    }

    /** KoproGo's default when a client leaves total_tantiemes out. */
    static final int DEFAULT_TANTIEMES = 1000;

    @Transactional
    public BuildingResponse create(BuildingRequest request) {
        Building building = new Building(request.organizationId(), request.name().trim(), request.address().trim(),
                request.city().trim(), request.postalCode().trim(), request.country().trim(), request.totalUnits(),
                request.totalTantiemes() == null ? DEFAULT_TANTIEMES : request.totalTantiemes(),
                request.constructionYear());
        em.persist(building);
        em.flush();
        em.refresh(building);
        return BuildingResponse.of(building);
    }

    public Optional<BuildingResponse> find(UUID id) {
        return Optional.ofNullable(em.find(Building.class, id)).map(BuildingResponse::of);
    }
}
