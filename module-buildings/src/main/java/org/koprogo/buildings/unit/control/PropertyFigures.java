package org.koprogo.buildings.unit.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.buildings.building.entity.Building;
import org.koprogo.buildings.unit.entity.Unit;
import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;
import org.koprogo.core.stats.boundary.RowCounts;
import org.koprogo.core.stats.boundary.Scope;
import org.koprogo.core.stats.boundary.StatsContributor;

/**
 * module-buildings' part of the dashboards: buildings and units, counted from row_counts, and the buildings' names
 * for what other modules report. With the units, like {@link BuildingsDirectory}, since they know their buildings.
 */
@ApplicationScoped
public class PropertyFigures implements StatsContributor {

    @PersistenceContext(unitName = "buildings")
    EntityManager em;

    @Override
    public String module() {
        return "buildings";
    }

    /** An owner's scope is counted by module-owners, from its shares. */
    @Override
    public Figures figures(Scope scope, Set<Figure> wanted) {
        if (scope instanceof Scope.Holder) {
            return Figures.NONE;
        }
        if (!wanted.contains(Figure.BUILDINGS) && !wanted.contains(Figure.UNITS)) {
            return Figures.NONE;
        }
        Map<Class<?>, Long> counts = RowCounts.of(em, List.of(Building.class, Unit.class), scope);
        return Figures.NONE.with(Figure.BUILDINGS, counts.get(Building.class))
                .with(Figure.UNITS, counts.get(Unit.class));
    }

    @Override
    public Map<UUID, String> buildingNames(Set<UUID> buildings) {
        return em.createQuery("select b from Building b where b.id in :ids", Building.class)
                .setParameter("ids", buildings).getResultStream()
                .collect(Collectors.toMap(Building::getId, Building::getName));
    }
}
