package org.koprogo.core.paging.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.koprogo.core.json.control.Storable;
import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;

/**
 * Query parameters reach SQL as bound text ({@code ?search=} in a LIKE): a control character such as %00, which
 * PostgreSQL refuses, is a 400 naming the parameter, for every route at once. So is a parameter given twice
 * ({@code ?page=1&page=2}): no route takes a list, and which value counts would be a guess.
 */
@Provider
@PreMatching
public class QueryText implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<InvalidField> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            // every request passes here: check name and values where they are, without joining them
            Storable.textProblem(parameter.getKey())
                    .or(() -> parameter.getValue().stream().map(Storable::textProblem).flatMap(Optional::stream)
                            .findFirst())
                    .or(() -> parameter.getValue().size() > 1 ? Optional.of("must be given once") : Optional.empty())
                    .ifPresent(problem -> errors.add(InvalidField.inParameter(printable(parameter.getKey()),
                            problem)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The parameter's name as the client can read it back, should the name itself be the offender. */
    private static String printable(String name) {
        return name.codePoints().map(c -> Character.isISOControl(c) || Character.isSurrogate((char) c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
