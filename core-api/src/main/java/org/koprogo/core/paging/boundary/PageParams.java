package org.koprogo.core.paging.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;

/**
 * KoproGo's list parameters, {@code ?page=1&per_page=20&sort_by=name&order=asc}, taken as text and checked
 * here so that "per_page=abc" is a 400 naming the parameter (JAX-RS would answer 404 for a failed number
 * conversion). Checked by hand rather than by Bean Validation: every list request passes here, and the
 * validator's per-call machinery was a measurable share of a list's CPU. A {@code per_page} above
 * {@link PageRequest#MAX_PER_PAGE} gets full pages of that size, as large public APIs do (KoproGo's own web client
 * asks for 1,000); the envelope's {@code per_page} says what was applied.
 */
public class PageParams {

    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern PER_PAGE = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern ORDER = Pattern.compile("(?i)asc|desc");

    @QueryParam("page")
    @DefaultValue("1")
    String page;

    @QueryParam("per_page")
    @DefaultValue("20")
    String perPage;

    @QueryParam("sort_by")
    String sortBy;

    @QueryParam("order")
    @DefaultValue("asc")
    String order;

    /** The validated request; {@code sort_by} must be one of {@code sortable} (wire names), else 400. */
    public PageRequest toRequest(Set<String> sortable, String defaultSort) {
        List<InvalidField> errors = new ArrayList<>();
        check(errors, PAGE, "page", page, "must be a whole number of at least 1");
        check(errors, PER_PAGE, "per_page", perPage, "must be a whole number of at least 1");
        check(errors, ORDER, "order", order, "must be asc or desc");
        String sort = sortBy == null || sortBy.isBlank() ? defaultSort : sortBy.trim();
        if (!sortable.contains(sort)) {
            errors.add(InvalidField.inParameter("sort_by",
                    "must be one of " + String.join(", ", sortable.stream().sorted().toList())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int size = Math.min(Integer.parseInt(perPage), PageRequest.MAX_PER_PAGE);
        int number = Integer.parseInt(page);
        if (number > PageRequest.lastPage(size)) {
            throw new InvalidInput(List.of(InvalidField.inParameter("page",
                    "must be at most " + PageRequest.lastPage(size) + " with per_page=" + size)));
        }
        return new PageRequest(number, size, sort, "desc".equalsIgnoreCase(order));
    }

    private static void check(List<InvalidField> errors, Pattern pattern, String name, String value,
                              String detail) {
        if (value == null || !pattern.matcher(value).matches()) {
            errors.add(InvalidField.inParameter(name, detail));
        }
    }
}
