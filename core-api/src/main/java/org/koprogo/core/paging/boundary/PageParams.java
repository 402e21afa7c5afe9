package org.koprogo.core.paging.boundary;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.koprogo.core.problem.boundary.InvalidInputException;
import org.koprogo.core.problem.boundary.Problem;

/**
 * KoproGo's list parameters, {@code ?page=1&per_page=20&sort_by=name&order=asc}, taken as text and checked
 * here so that "per_page=abc" is a 400 naming the parameter (JAX-RS would answer 404 for a failed number
 * conversion).
 */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("1")
    @Pattern(regexp = "[1-9][0-9]{0,8}", message = "must be a whole number of at least 1")
    String page;

    @QueryParam("per_page")
    @DefaultValue("20")
    @Pattern(regexp = "[1-9][0-9]?|100", message = "must be a whole number from 1 to 100")
    String perPage;

    @QueryParam("sort_by")
    String sortBy;

    @QueryParam("order")
    @DefaultValue("asc")
    @Pattern(regexp = "(?i)asc|desc", message = "must be asc or desc")
    String order;

    /** The validated request; {@code sort_by} must be one of {@code sortable} (wire names), else 400. */
    public PageRequest toRequest(Set<String> sortable, String defaultSort) {
        String sort = sortBy == null || sortBy.isBlank() ? defaultSort : sortBy.trim();
        if (!sortable.contains(sort)) {
            throw new InvalidInputException(List.of(Problem.InvalidField.inParameter("sort_by",
                    "must be one of " + String.join(", ", sortable.stream().sorted().toList()))));
        }
        int size = Integer.parseInt(perPage);
        int number = Integer.parseInt(page);
        if (number > PageRequest.lastPage(size)) {
            throw new InvalidInputException(List.of(Problem.InvalidField.inParameter("page",
                    "must be at most " + PageRequest.lastPage(size) + " with per_page=" + size)));
        }
        return new PageRequest(number, size, sort, "desc".equalsIgnoreCase(order));
    }
}
