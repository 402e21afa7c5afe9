package org.koprogo.owners.ownership.control;

import static org.koprogo.core.stats.boundary.RowCounts.number;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;
import org.koprogo.core.stats.boundary.RowCounts;
import org.koprogo.core.stats.boundary.Scope;
import org.koprogo.core.stats.boundary.StatsContributor;
import org.koprogo.owners.owner.entity.Owner;

/**
 * module-owners' part of the dashboards: owner records, and who holds shares (index unit_owners_organization of the
 * changelog).
 */
@ApplicationScoped
public class ShareFigures implements StatsContributor {

    private static final Set<Figure> SHARE_FIGURES = Set.of(Figure.CURRENT_HOLDERS, Figure.HOLDERS, Figure.SHARES);

    @PersistenceContext(unitName = "owners")
    EntityManager em;

    @Override
    public String module() {
        return "owners";
    }

    @Override
    public Figures figures(Scope scope, Set<Figure> wanted) {
        Figures figures = Figures.NONE;
        if (wanted.contains(Figure.OWNERS) && !(scope instanceof Scope.Holder)) {
            figures = figures.with(Figure.OWNERS, RowCounts.of(em, Owner.class, scope));
        }
        if (scope instanceof Scope.Organizations organizations && !organizations.ids().isEmpty()
                && wanted.stream().anyMatch(SHARE_FIGURES::contains)) {
            Object[] shares = (Object[]) em.createNativeQuery("select count(distinct owner_id) filter"
                            + " (where end_date is null), count(distinct owner_id), count(*) from unit_owners"
                            + " where organization_id = any(cast(?1 as uuid[]))")
                    .setParameter(1, organizations.idArray()).getSingleResult();
            figures = figures.with(Figure.CURRENT_HOLDERS, number(shares[0])).with(Figure.HOLDERS, number(shares[1]))
                    .with(Figure.SHARES, number(shares[2]));
        }
        if (scope instanceof Scope.Holder holder) {
            figures = figures.plus(held(holder, wanted));
        }
        return figures;
    }

    /** The units the holder's owner record holds, and who else holds a share in the same buildings. */
    private Figures held(Scope.Holder holder, Set<Figure> wanted) {
        Figures figures = Figures.NONE;
        if (wanted.contains(Figure.HELD_UNITS)) {
            figures = figures.with(Figure.HELD_UNITS, number(em.createNativeQuery("select count(*) from unit_owners s"
                            + " join owners o on o.id = s.owner_id where o.user_id = ?1 and s.end_date is null")
                    .setParameter(1, holder.userId()).getSingleResult()));
        }
        if (wanted.contains(Figure.CURRENT_HOLDERS) && !holder.buildings().isEmpty()) {
            figures = figures.with(Figure.CURRENT_HOLDERS, number(em.createNativeQuery(
                            "select count(distinct owner_id) from unit_owners"
                                    + " where building_id = any(cast(?1 as uuid[])) and end_date is null")
                    .setParameter(1, holder.buildingArray()).getSingleResult()));
        }
        return figures;
    }
}
