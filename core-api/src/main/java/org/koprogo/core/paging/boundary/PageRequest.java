package org.koprogo.core.paging.boundary;

/** A checked page request: {@code sortBy} is a whitelisted wire name, never raw SQL. */
public record PageRequest(int page, int perPage, String sortBy, boolean descending) {

    public PageRequest {
        if (page < 1 || perPage < 1 || perPage > 100) {
            throw new IllegalArgumentException("page >= 1 and 1 <= per_page <= 100, got " + page + ", " + perPage);
        }
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}
