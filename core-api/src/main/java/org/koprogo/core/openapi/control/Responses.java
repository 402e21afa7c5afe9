package org.koprogo.core.openapi.control;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.koprogo.core.openapi.control.Declarations.DeclaredAnswer;
import org.koprogo.core.openapi.control.Schemas.Direction;
import org.koprogo.core.paging.boundary.BareList;
import org.koprogo.core.problem.boundary.Problem;

/**
 * A route's answers. The success comes from the method's return type ({@code void} is 204); a method returning
 * {@code Response} declares it (or its class does, for all its {@code Response} methods that declare none).
 * Errors are problem+json with the statuses the platform gives: 400 for input, 401/403 where a role is needed,
 * 404 for a path naming a resource, 409 for writes, 412 for a conditional write, 413/415 for bodies, 503
 * everywhere, and any error a method declares (429 on sign-in); {@code default}: every other error is
 * problem+json too.
 */
final class Responses {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(204, "No content"),
            Map.entry(304, "Not modified: the client's copy (If-None-Match) is current"),
            Map.entry(400, "Invalid input: errors[] names each field (pointer) or parameter"),
            Map.entry(401, "No valid access token"), Map.entry(403, "The caller's role may not do this"),
            Map.entry(404, "No such resource visible to the caller"), Map.entry(410, "Gone for good"),
            Map.entry(409, "Conflicts with the stored data or a business rule"),
            Map.entry(412, "The resource changed since the client read it (If-Match)"),
            Map.entry(413, "Request body too large"), Map.entry(415, "Unsupported content type or encoding"),
            Map.entry(429, "Too many attempts; Retry-After says when to try again"),
            Map.entry(503, "Temporarily unavailable; retry later"));

    private final Schemas schemas;
    private final Declarations declarations;

    Responses(Schemas schemas, Declarations declarations) {
        this.schemas = schemas;
        this.declarations = declarations;
    }

    APIResponses of(Route route, boolean conditional, boolean takesBody, boolean takesInput, boolean needsRole) {
        APIResponses responses = OASFactory.createAPIResponses();
        success(route, responses, conditional);
        if (conditional && !route.writes()) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse().description(REASONS.get(304))
                    .addHeader("ETag", etag()));
        }
        if (takesInput) {
            problem(responses, 400);
        }
        if (needsRole) {
            problem(responses, 401);
            problem(responses, 403);
        }
        if (route.hasPathParameters()) {
            problem(responses, 404);
        }
        if (route.writes()) {
            problem(responses, 409);
        }
        if (conditional && route.writes()) {
            problem(responses, 412);
        }
        if (takesBody) {
            problem(responses, 413);
            problem(responses, 415);
        }
        problem(responses, 503);
        declarations.answers(route.method()).stream()
                .filter(declared -> declared.status() >= 400)
                .forEach(declared -> problem(responses, declared.status(), declared.description()));
        responses.defaultValue(OASFactory.createAPIResponse().description("Any other error")
                .content(problemContent()));
        return responses;
    }

    private void success(Route route, APIResponses responses, boolean conditional) {
        Class<?> returned = route.method().getReturnType();
        if (returned == void.class) {
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description(REASONS.get(204)));
            return;
        }
        if (returned != Response.class) {
            Schema schema = schemas.of(route.method().getGenericReturnType(), Direction.WRITTEN);
            responses.addAPIResponse("200", withEtag(OASFactory.createAPIResponse().description(REASONS.get(200))
                    .content(content(route, schema)), conditional));
            return;
        }
        List<DeclaredAnswer> declared = successes(route.method());
        if (declared.isEmpty()) {
            declared = successes(route.resource());
        }
        if (declared.isEmpty()) {
            responses.addAPIResponse("200", OASFactory.createAPIResponse().description(REASONS.get(200)));
        }
        for (DeclaredAnswer answer : declared) {
            APIResponse response = OASFactory.createAPIResponse().description(answer.description().isBlank()
                    ? REASONS.getOrDefault(answer.status(), "Success") : answer.description());
            if (answer.body() != null) {
                response.content(content(route, schemas.of(answer.body(), Direction.WRITTEN)));
            }
            if (answer.location()) {
                response.addHeader("Location", OASFactory.createHeader().description("the created resource's URI")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")));
            }
            if (answer.pageHeaders()) {
                pageHeaders(response);
            }
            responses.addAPIResponse(String.valueOf(answer.status()), withEtag(response, conditional));
        }
    }

    private List<DeclaredAnswer> successes(java.lang.reflect.AnnotatedElement element) {
        return declarations.answers(element).stream().filter(answer -> answer.status() < 400).toList();
    }

    private static void pageHeaders(APIResponse response) {
        response.addHeader(BareList.TOTAL_COUNT, OASFactory.createHeader()
                        .description("the number of items in all pages")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64")))
                .addHeader(HttpHeaders.LINK, OASFactory.createHeader()
                        .description("RFC 8288 links to the next (if any), prev (if any), first and last pages")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    }

    private static APIResponse withEtag(APIResponse response, boolean conditional) {
        return conditional ? response.addHeader("ETag", etag()) : response;
    }

    private static Header etag() {
        return OASFactory.createHeader().description("the version of the resource, for If-None-Match and If-Match")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
    }

    private static Content content(Route route, Schema schema) {
        Produces produces = route.method().getAnnotation(Produces.class) != null
                ? route.method().getAnnotation(Produces.class) : route.resource().getAnnotation(Produces.class);
        Content content = OASFactory.createContent();
        for (String type : produces == null ? new String[] {MediaType.APPLICATION_JSON} : produces.value()) {
            content.addMediaType(type, OASFactory.createMediaType().schema(schema));
        }
        return content;
    }

    private void problem(APIResponses responses, int status) {
        problem(responses, status, "");
    }

    private void problem(APIResponses responses, int status, String description) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(description.isBlank() ? REASONS.getOrDefault(status, "Error") : description)
                .content(problemContent());
        if (status == 429 || status == 503) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("seconds to wait")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        }
        responses.addAPIResponse(String.valueOf(status), response);
    }

    private Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(schemas.of(Problem.class, Direction.WRITTEN)));
    }
}
