package org.koprogo.core.paging.boundary;

/** A checked page request: {@code sortBy} is a whitelisted wire name, never raw SQL. */
public record PageRequest(int page, int perPage, String sortBy, boolean descending) {

    public PageRequest {
        if (perPage < 1 || perPage > 100) {
            throw new IllegalArgumentException("1 <= per_page <= 100, got " + perPage);
        }
        if (page < 1 || page > lastPage(perPage)) {
            throw new IllegalArgumentException("1 <= page <= " + lastPage(perPage) + ", got " + page);
        }
    }

    /** The highest page whose first row JPA can address (setFirstResult takes an int). */
    public static int lastPage(int perPage) {
        return Integer.MAX_VALUE / perPage;
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}
