package org.koprogo.core.openapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.core.json.boundary.WireEnum;
import org.koprogo.core.paging.boundary.BareList;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageParams;

/** The document of a small resource class, built without a platform (SmallRye's model stands in for Payara's). */
class ApiDocumentTest {

    public enum Colour {
        DARK_RED, BLUE;

        @JsonValue
        @Override
        public String toString() {
            return WireEnum.pascal(this);
        }
    }

    public record ThingRequest(@NotBlank @Size(max = 10) String displayName, @NotNull Colour colour, int count,
                               BigDecimal price) {
    }

    public record ThingResponse(UUID id, String displayName, Colour colour, int count, BigDecimal price,
                                OffsetDateTime createdAt) {
    }

    @Path("things")
    @RolesAllowed("syndic")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ThingsResource {

        @GET
        public Page<ThingResponse> list(@BeanParam PageParams params) {
            return null;
        }

        @GET
        @Path("{id}/parts")
        public Response parts(@PathParam("id") UUID id, @BeanParam BareList list) {
            return null;
        }

        @GET
        @Path("{id}")
        public Response get(@PathParam("id") UUID id, @Context Request request) {
            return null;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response create(@Valid @NotNull ThingRequest request) {
            return null;
        }

        @PUT
        @Path("{id}/{step: open|reopen}")
        public ThingResponse open(@PathParam("id") UUID id) {
            return null;
        }

        @DELETE
        @Path("{id}")
        @PermitAll
        public void delete(@PathParam("id") UUID id) {
        }
    }

    /** What ThingsResource would declare with Answer: 201 on create, 200 for its other Response methods. */
    private static final Declarations DECLARATIONS = new Declarations() {
        @Override
        public Optional<String> operationId(Method method) {
            return Optional.empty();
        }

        @Override
        public List<DeclaredAnswer> answers(AnnotatedElement element) {
            if (element instanceof Method method && method.getName().equals("create")) {
                return List.of(new DeclaredAnswer(201, ThingResponse.class, "", true, false));
            }
            if (element instanceof Method method && method.getName().equals("parts")) {
                return List.of(new DeclaredAnswer(200, ThingResponse[].class, "", false, true));
            }
            return element == ThingsResource.class
                    ? List.of(new DeclaredAnswer(200, ThingResponse.class, "", false, false)) : List.of();
        }
    };

    private final OpenAPI document = ApiDocument.of(Map.of(ThingsResource.class, "things"), "/api/v1",
            JsonMapping.MAPPER, DECLARATIONS);

    @Test
    void routesAndOperationIdsComeFromTheResource() {
        assertEquals(List.of("/api/v1/things", "/api/v1/things/{id}", "/api/v1/things/{id}/open",
                "/api/v1/things/{id}/parts", "/api/v1/things/{id}/reopen"),
                new ArrayList<>(document.getPaths().getPathItems().keySet()));
        assertEquals("listThings", operation("/api/v1/things", PathItem.HttpMethod.GET).getOperationId());
        assertEquals("createThing", operation("/api/v1/things", PathItem.HttpMethod.POST).getOperationId());
        assertEquals("getThing", operation("/api/v1/things/{id}", PathItem.HttpMethod.GET).getOperationId());
        assertEquals("deleteThing", operation("/api/v1/things/{id}", PathItem.HttpMethod.DELETE).getOperationId());
        assertEquals("openThing", operation("/api/v1/things/{id}/open", PathItem.HttpMethod.PUT).getOperationId());
        assertEquals("openThingViaReopen",
                operation("/api/v1/things/{id}/reopen", PathItem.HttpMethod.PUT).getOperationId());
        assertEquals("KoproGo Platform API", document.getInfo().getTitle());
        assertFalse(document.getInfo().getVersion().contains("${"), "filtered from the build");
    }

    @Test
    void schemasSpeakTheWire() {
        Schema request = schema("ThingRequest");
        assertEquals(List.of("display_name", "colour", "count", "price"),
                new ArrayList<>(request.getProperties().keySet()));
        assertEquals(List.of("display_name", "colour"), request.getRequired(), "@NotBlank and @NotNull");
        assertEquals(10, request.getProperties().get("display_name").getMaxLength());
        Pattern anyCase = Pattern.compile(request.getProperties().get("colour").getPattern());
        assertTrue(anyCase.matcher("darkred").matches() && anyCase.matcher("BLUE").matches());
        assertFalse(anyCase.matcher("DARK_RED").matches(), "Jackson reads the value sent, in any case, only");
        assertTrue(request.getProperties().get("count").getNullable(), "a missing or null int reads as 0");

        Schema response = schema("ThingResponse");
        assertEquals(List.of("DarkRed", "Blue"), response.getProperties().get("colour").getEnumeration());
        assertEquals(List.of("count"), response.getRequired(), "primitives are always written");
        assertEquals(Schema.SchemaType.NUMBER, response.getProperties().get("price").getType());
        assertEquals("decimal", response.getProperties().get("price").getFormat());
        assertEquals("date-time", response.getProperties().get("created_at").getFormat());
        assertEquals("uuid", response.getProperties().get("id").getFormat());
        assertNull(response.getAdditionalPropertiesBoolean(), "a response writes the members it names");

        Schema problem = schema("Problem");
        assertTrue(problem.getAdditionalPropertiesBoolean(), "a problem writes its extension members too");
        assertFalse(problem.getProperties().containsKey("extensions"), "under their own names");
    }

    @Test
    void listsAreTheEnvelopeOfTheirItems() {
        Schema page = schema("ThingResponsePage");
        assertEquals("#/components/schemas/ThingResponse", page.getProperties().get("data").getItems().getRef());
        assertEquals("#/components/schemas/Pagination", page.getProperties().get("pagination").getRef());
        assertEquals(List.of("page", "per_page", "sort_by", "order"),
                operation("/api/v1/things", PathItem.HttpMethod.GET).getParameters().stream()
                        .map(parameter -> parameter.getName()).toList());
    }

    @Test
    void aBareListIsAnArrayOfItsItemsWithPageHeaders() {
        Operation parts = operation("/api/v1/things/{id}/parts", PathItem.HttpMethod.GET);
        APIResponse ok = parts.getResponses().getAPIResponse("200");
        Schema body = ok.getContent().getMediaType(MediaType.APPLICATION_JSON).getSchema();
        assertEquals(Schema.SchemaType.ARRAY, body.getType());
        assertEquals("#/components/schemas/ThingResponse", body.getItems().getRef());
        assertEquals(Schema.SchemaType.INTEGER, ok.getHeaders().get("X-Total-Count").getSchema().getType());
        assertEquals(Schema.SchemaType.STRING, ok.getHeaders().get("Link").getSchema().getType());
        assertEquals(List.of("id", "page", "per_page", "sort_by", "order"), parts.getParameters().stream()
                .map(parameter -> parameter.getName()).toList(), "the request's URI is no parameter");
        assertEquals("100", parts.getParameters().get(2).getSchema().getDefaultValue(), "whole lists by default");
    }

    @Test
    void answersAndSecurityFollowTheCode() {
        Operation get = operation("/api/v1/things/{id}", PathItem.HttpMethod.GET);
        assertTrue(get.getResponses().getAPIResponses().keySet().containsAll(List.of("200", "304", "401", "403",
                "404", "503")));
        assertTrue(get.getResponses().getAPIResponse("200").getHeaders().containsKey("ETag"));
        assertEquals("#/components/schemas/ThingResponse", get.getResponses().getAPIResponse("200").getContent()
                .getMediaType(MediaType.APPLICATION_JSON).getSchema().getRef());
        assertEquals("If-None-Match", get.getParameters().get(1).getName());
        assertEquals(1, get.getSecurity().size());

        Operation create = operation("/api/v1/things", PathItem.HttpMethod.POST);
        APIResponse created = create.getResponses().getAPIResponse("201");
        assertTrue(created.getHeaders().containsKey("Location"));
        assertTrue(create.getRequestBody().getRequired());
        assertTrue(create.getResponses().getAPIResponses().keySet().containsAll(List.of("400", "409", "413", "415")));
        assertEquals("#/components/schemas/Problem", create.getResponses().getDefaultValue().getContent()
                .getMediaType("application/problem+json").getSchema().getRef());

        Operation delete = operation("/api/v1/things/{id}", PathItem.HttpMethod.DELETE);
        assertNull(delete.getSecurity(), "@PermitAll");
        assertTrue(delete.getResponses().getAPIResponses().containsKey("204"));
        assertFalse(delete.getResponses().getAPIResponses().containsKey("401"));
    }

    private Operation operation(String path, PathItem.HttpMethod method) {
        return document.getPaths().getPathItem(path).getOperations().get(method);
    }

    private Schema schema(String name) {
        return document.getComponents().getSchemas().get(name);
    }
}
