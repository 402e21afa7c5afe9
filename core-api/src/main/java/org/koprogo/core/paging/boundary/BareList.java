package org.koprogo.core.paging.boundary;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A list KoproGo answered as a bare JSON array, which its web client reads as such: still paged and bounded like
 * every list ({@link PageParams}' checks), but the page is the body and the rest travels in headers, as large
 * public APIs do: {@code X-Total-Count} and an RFC 8288 {@code Link} (next, prev, first, last). KoproGo's
 * client asks these lists without parameters and expects them whole, so {@code per_page} defaults to the
 * maximum here. Used as the route's {@code @BeanParam}; document its answer with
 * {@code @Answer(status = 200, body = Item[].class, pageHeaders = true)}.
 */
public class BareList {

    public static final String TOTAL_COUNT = "X-Total-Count";

    // the parameters of PageParams, but for the default of per_page: the most a page holds
    @QueryParam("page")
    @DefaultValue("1")
    String page;

    @QueryParam("per_page")
    @DefaultValue("" + PageRequest.MAX_PER_PAGE)
    String perPage;

    @QueryParam("sort_by")
    String sortBy;

    @QueryParam("order")
    @DefaultValue("asc")
    String order;

    @Context
    UriInfo uri;

    /** The validated request, exactly as {@link PageParams#toRequest} checks it. */
    public PageRequest toRequest(Set<String> sortable, String defaultSort) {
        PageParams params = new PageParams();
        params.page = page;
        params.perPage = perPage;
        params.sortBy = sortBy;
        params.order = order;
        return params.toRequest(sortable, defaultSort);
    }

    /** 200: the page's items as the body, the total and the links to other pages as headers. */
    public <T> Response answer(Page<T> page) {
        return Response.ok(page.data())
                .header(TOTAL_COUNT, page.pagination().totalItems())
                .header(HttpHeaders.LINK, links(uri.getRequestUri(), page.pagination()))
                .build();
    }

    /** The Link header's value: the request's URI with other page numbers (every other parameter kept). */
    static String links(URI request, Page.Pagination pagination) {
        long last = Math.max(1, pagination.totalPages());
        List<String> links = new ArrayList<>();
        if (pagination.hasNext()) {
            links.add(link(request, pagination, pagination.currentPage() + 1L, "next"));
        }
        if (pagination.hasPrevious()) {
            links.add(link(request, pagination, pagination.currentPage() - 1L, "prev"));
        }
        links.add(link(request, pagination, 1, "first"));
        links.add(link(request, pagination, last, "last"));
        return String.join(", ", links);
    }

    private static String link(URI request, Page.Pagination pagination, long page, String relation) {
        String uri = request.toASCIIString();
        int query = uri.indexOf('?');
        StringBuilder target = new StringBuilder(query < 0 ? uri : uri.substring(0, query)).append('?');
        if (request.getRawQuery() != null) {
            // the other parameters as sent, in their order (names compared undecoded: nothing here can fail)
            for (String parameter : request.getRawQuery().split("&")) {
                String name = parameter.split("=", 2)[0];
                if (!parameter.isEmpty() && !name.equals("page") && !name.equals("per_page")) {
                    target.append(parameter).append('&');
                }
            }
        }
        target.append("page=").append(page).append("&per_page=").append(pagination.perPage());
        return "<" + target + ">; rel=\"" + relation + "\"";
    }
}
