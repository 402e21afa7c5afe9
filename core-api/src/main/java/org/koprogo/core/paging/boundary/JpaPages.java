package org.koprogo.core.paging.boundary;

import java.util.List;
import java.util.Map;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;


/**
 * Runs a KoproGo list as two JPQL queries (the page, the total). Sorting goes through a whitelist from wire
 * names to JPQL paths, so no client text ever reaches the query; the id breaks ties for a stable order.
 */
public final class JpaPages {

    /** EclipseLink's query hint, named as text: the platform compiles against the JPA API only. */
    static final String READ_ONLY_HINT = "eclipselink.read-only";

    private JpaPages() {
    }

    /**
     * @param select  e.g. {@code select b from Building b}
     * @param count   e.g. {@code select count(b) from Building b}
     * @param where   the conditions both share, e.g. {@code Where.visibleTo(caller.organizationId(), "b.organizationId")}
     * @param sorts   wire name to JPQL path, e.g. {@code name -> b.name}; must contain {@code request.sortBy()}
     * @param tieBreak JPQL path of a unique attribute, e.g. {@code b.id}
     */
    public static <E, T> Page<T> list(EntityManager em, Class<E> type, String select, String count, Where where,
                                      Map<String, String> sorts, String tieBreak, PageRequest request,
                                      Function<E, T> toResponse) {
        String direction = request.descending() ? " desc" : " asc";
        String path = sorts.get(request.sortBy());
        if (path == null) {
            throw new IllegalArgumentException("sort " + request.sortBy() + " is not whitelisted");
        }
        String order = " order by " + path + direction + ", " + tieBreak + direction;
        List<T> data = where.bind(em.createQuery(select + where.jpql() + order, type))
                // lists only read: EclipseLink then builds no working copies to track changes
                .setHint(READ_ONLY_HINT, true)
                .setFirstResult(request.offset())
                .setMaxResults(request.perPage())
                .getResultStream()
                .map(toResponse)
                .toList();
        long total = data.size() < request.perPage() && (request.page() == 1 || !data.isEmpty())
                ? request.offset() + data.size()
                : count(em, type, count, where);
        return Page.of(data, request, total);
    }

    /** Counting is linear in the rows; a counted table's unfiltered total is one lookup instead. */
    private static long count(EntityManager em, Class<?> type, String count, Where where) {
        Table table = type.getAnnotation(Table.class);
        if (type.isAnnotationPresent(CountedRows.class) && table != null) {
            if (where.unfiltered()) {
                return ((Number) em.createNativeQuery("select coalesce(sum(row_count), 0) from row_counts"
                        + " where table_name = ?1").setParameter(1, table.name()).getSingleResult()).longValue();
            }
            if (where.onlyOrganization().isPresent()) {
                List<?> counted = em.createNativeQuery("select row_count from row_counts where table_name = ?1"
                                + " and organization_id = ?2")
                        .setParameter(1, table.name()).setParameter(2, where.onlyOrganization().get())
                        .getResultList();
                return counted.isEmpty() ? 0 : ((Number) counted.get(0)).longValue();
            }
        }
        return where.bind(em.createQuery(count + where.jpql(), Long.class)).getSingleResult();
    }
}
