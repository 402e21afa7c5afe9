package org.koprogo.core.paging.boundary;

/** A checked page request: {@code sortBy} is a whitelisted wire name, never raw SQL. */
public record PageRequest(int page, int perPage, String sortBy, boolean descending) {

    /** The most rows a page holds: a client asking for more gets this many. */
    public static final int MAX_PER_PAGE = 100;

    public PageRequest {
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("1 <= per_page <= " + MAX_PER_PAGE + ", got " + perPage);
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
