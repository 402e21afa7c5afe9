package org.koprogo.auth.organization.control;

import static org.koprogo.core.stats.boundary.RowCounts.number;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;
import org.koprogo.core.stats.boundary.Scope;
import org.koprogo.core.stats.boundary.StatsContributor;

/** module-auth's part of the dashboards: organizations (which of them a seed planted) and their users. */
@ApplicationScoped
public class OrganizationFigures implements StatsContributor {

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Override
    public String module() {
        return "auth";
    }

    @Override
    public Figures figures(Scope scope, Set<Figure> wanted) {
        Figures figures = Figures.NONE;
        if (scope instanceof Scope.Platform) {
            if (wanted.contains(Figure.ORGANIZATIONS) || wanted.contains(Figure.ACTIVE_ORGANIZATIONS)) {
                Object[] organizations = (Object[]) em.createNativeQuery(
                        "select count(*), count(*) filter (where is_active) from organizations").getSingleResult();
                figures = figures.with(Figure.ORGANIZATIONS, number(organizations[0]))
                        .with(Figure.ACTIVE_ORGANIZATIONS, number(organizations[1]));
            }
            if (wanted.contains(Figure.USERS)) {
                figures = figures.with(Figure.USERS, number(em.createNativeQuery("select count(*) from users")
                        .getSingleResult()));
            }
        } else if (scope instanceof Scope.Organizations organizations && !organizations.ids().isEmpty()) {
            if (wanted.contains(Figure.ORGANIZATIONS)) {
                figures = figures.with(Figure.ORGANIZATIONS, number(em.createNativeQuery(
                                "select count(*) from organizations where id = any(cast(?1 as uuid[]))")
                        .setParameter(1, organizations.idArray()).getSingleResult()));
            }
            if (wanted.contains(Figure.USERS)) {
                figures = figures.with(Figure.USERS, number(em.createNativeQuery(
                                "select count(*) from users where organization_id = any(cast(?1 as uuid[]))")
                        .setParameter(1, organizations.idArray()).getSingleResult()));
            }
        }
        return figures;
    }

    @Override
    public Set<UUID> seedOrganizations() {
        return new HashSet<>(em.createQuery("select o.id from Organization o where o.seedData = true", UUID.class)
                .getResultList());
    }
}
