package org.koprogo.core.stats.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;

import org.koprogo.core.paging.boundary.CountedRows;

/**
 * The rows of a {@link CountedRows} table in a scope of organizations, read from the core's row_counts (kept exact
 * by a trigger): one lookup per organization instead of counting rows, however many there are.
 */
public final class RowCounts {

    private RowCounts() {
    }

    /** @param counted an entity marked {@link CountedRows}; the scope is the platform or some organizations */
    public static long of(EntityManager em, Class<?> counted, Scope scope) {
        Table table = counted.getAnnotation(Table.class);
        if (!counted.isAnnotationPresent(CountedRows.class) || table == null) {
            throw new IllegalArgumentException(counted.getName() + " has no row_counts trigger");
        }
        if (scope instanceof Scope.Platform) {
            return number(em.createNativeQuery("select coalesce(sum(row_count), 0) from row_counts"
                    + " where table_name = ?1").setParameter(1, table.name()).getSingleResult());
        }
        if (scope instanceof Scope.Organizations organizations) {
            return organizations.ids().isEmpty() ? 0 : number(em.createNativeQuery(
                            "select coalesce(sum(row_count), 0) from row_counts where table_name = ?1"
                                    + " and organization_id = any(cast(?2 as uuid[]))")
                    .setParameter(1, table.name()).setParameter(2, organizations.idArray()).getSingleResult());
        }
        throw new IllegalArgumentException("row_counts counts by organization, not " + scope);
    }

    /** A count of a native query, whatever numeric type the driver chose. */
    public static long number(Object count) {
        return ((Number) count).longValue();
    }
}
