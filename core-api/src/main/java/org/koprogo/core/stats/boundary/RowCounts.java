package org.koprogo.core.stats.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Table;

import org.koprogo.core.paging.boundary.CountedRows;

/**
 * The rows of {@link CountedRows} tables in a scope of organizations, read from the core's row_counts (kept exact
 * by a trigger): one lookup per organization and table instead of counting rows, however many there are.
 */
public final class RowCounts {

    private RowCounts() {
    }

    /** @param counted an entity marked {@link CountedRows}; the scope is the platform or some organizations */
    public static long of(EntityManager em, Class<?> counted, Scope scope) {
        return of(em, List.of(counted), scope).get(counted);
    }

    /** Several tables' counts in one query, by entity. */
    public static Map<Class<?>, Long> of(EntityManager em, List<Class<?>> counted, Scope scope) {
        Map<String, Class<?>> byTable = counted.stream().collect(Collectors.toMap(RowCounts::table, type -> type));
        Map<Class<?>, Long> counts = new HashMap<>();
        counted.forEach(type -> counts.put(type, 0L));
        String tables = byTable.keySet().stream().collect(Collectors.joining(",", "{", "}"));
        Query query;
        if (scope instanceof Scope.Platform) {
            query = em.createNativeQuery("select table_name, sum(row_count) from row_counts"
                    + " where table_name = any(cast(?1 as text[])) group by table_name");
        } else if (scope instanceof Scope.Organizations organizations) {
            if (organizations.ids().isEmpty()) {
                return counts;
            }
            query = em.createNativeQuery("select table_name, sum(row_count) from row_counts"
                            + " where table_name = any(cast(?1 as text[]))"
                            + " and organization_id = any(cast(?2 as uuid[])) group by table_name")
                    .setParameter(2, organizations.idArray());
        } else {
            throw new IllegalArgumentException("row_counts counts by organization, not " + scope);
        }
        for (Object row : query.setParameter(1, tables).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(byTable.get((String) columns[0]), number(columns[1]));
        }
        return counts;
    }

    /** A count of a native query, whatever numeric type the driver chose. */
    public static long number(Object count) {
        return ((Number) count).longValue();
    }

    private static String table(Class<?> counted) {
        Table table = counted.getAnnotation(Table.class);
        if (!counted.isAnnotationPresent(CountedRows.class) || table == null) {
            throw new IllegalArgumentException(counted.getName() + " has no row_counts trigger");
        }
        return table.name();
    }
}
