package org.koprogo.core.paging.boundary;

import java.util.List;

/** KoproGo's list envelope: {@code {"data":[…],"pagination":{…}}}. */
public record Page<T>(List<T> data, Pagination pagination) {

    public record Pagination(int currentPage, int perPage, long totalItems, long totalPages, boolean hasNext,
                             boolean hasPrevious) {
    }

    public static <T> Page<T> of(List<T> data, PageRequest request, long totalItems) {
        long totalPages = (totalItems + request.perPage() - 1) / request.perPage();
        return new Page<>(data, new Pagination(request.page(), request.perPage(), totalItems, totalPages,
                request.page() < totalPages, request.page() > 1));
    }
}
