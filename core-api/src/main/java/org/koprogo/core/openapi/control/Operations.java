package org.koprogo.core.openapi.control;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;

import org.koprogo.core.idempotency.boundary.IdempotencyFilter;
import org.koprogo.core.openapi.boundary.FormBody;
import org.koprogo.core.openapi.control.Schemas.Direction;

/**
 * A route's operation as read from its Java method: parameters from {@code @PathParam}, {@code @QueryParam},
 * {@code @HeaderParam} and {@code @BeanParam} fields, the body from the one unannotated parameter, who may call
 * it from {@code @RolesAllowed}, its answers from {@link Responses}.
 */
final class Operations {

    static final String BEARER = "bearer";

    private final Schemas schemas;
    private final Responses responses;
    private final OperationIds ids;

    Operations(Schemas schemas, Declarations declarations) {
        this.schemas = schemas;
        this.responses = new Responses(schemas, declarations);
        this.ids = new OperationIds(declarations);
    }

    Operation of(Route route) {
        Operation operation = OASFactory.createOperation()
                .operationId(ids.of(route))
                .tags(new ArrayList<>(List.of(route.tag())));
        boolean conditional = false;
        RequestBody body = null;
        for (java.lang.reflect.Parameter parameter : route.method().getParameters()) {
            if (parameter.isAnnotationPresent(Context.class)) {
                conditional |= parameter.getType() == Request.class;
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                beanParameters(parameter.getType(), operation);
            } else if (!addParameter(parameter, parameter.getParameterizedType(), operation)) {
                body = body(route, parameter);
            }
        }
        if (conditional) {
            operation.addParameter(header(route.writes() ? "If-Match" : "If-None-Match",
                    route.writes() ? "the ETag this write is based on; another version answers 412"
                            : "the ETag of the copy the client holds; 304 when it is current"));
        }
        if (route.httpMethod().equals("POST")) {
            operation.addParameter(header(IdempotencyFilter.HEADER,
                    "a retry with the same key within its lifetime gets the first answer again"));
        }
        if (body != null) {
            operation.requestBody(body);
        }
        List<String> roles = roles(route);
        if (!roles.isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
            operation.description("Roles: " + String.join(", ", roles) + ".");
        }
        boolean takesInput = body != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        return operation.responses(responses.of(route, conditional, body != null, takesInput, !roles.isEmpty()));
    }

    /** A path, query or header parameter; false for the body. */
    private boolean addParameter(AnnotatedElement element, Type type, Operation operation) {
        In in;
        String name;
        if (element.isAnnotationPresent(PathParam.class)) {
            in = In.PATH;
            name = element.getAnnotation(PathParam.class).value();
        } else if (element.isAnnotationPresent(QueryParam.class)) {
            in = In.QUERY;
            name = element.getAnnotation(QueryParam.class).value();
        } else if (element.isAnnotationPresent(HeaderParam.class)) {
            in = In.HEADER;
            name = element.getAnnotation(HeaderParam.class).value();
        } else {
            return false;
        }
        Schema schema = schemas.of(type, Direction.READ);
        DefaultValue fallback = element.getAnnotation(DefaultValue.class);
        if (fallback != null) {
            schema.defaultValue(fallback.value());
        }
        operation.addParameter(OASFactory.createParameter().name(name).in(in)
                .required(in == In.PATH)
                .schema(schema));
        return true;
    }

    /** The fields of a {@code @BeanParam} class, e.g. the paging parameters of every list. */
    private void beanParameters(Class<?> bean, Operation operation) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                addParameter(field, field.getGenericType(), operation);
            }
        }
    }

    private RequestBody body(Route route, java.lang.reflect.Parameter parameter) {
        Consumes consumes = route.method().getAnnotation(Consumes.class) != null
                ? route.method().getAnnotation(Consumes.class) : route.resource().getAnnotation(Consumes.class);
        Content content = OASFactory.createContent();
        FormBody form = route.method().getAnnotation(FormBody.class);
        Schema schema = schemas.of(form == null ? parameter.getParameterizedType() : form.value(), Direction.READ);
        for (String type : consumes == null ? new String[] {MediaType.APPLICATION_JSON} : consumes.value()) {
            content.addMediaType(type, OASFactory.createMediaType().schema(schema));
        }
        return OASFactory.createRequestBody().content(content).required(parameter.isAnnotationPresent(NotNull.class));
    }

    private static Parameter header(String name, String why) {
        return OASFactory.createParameter().name(name)
                .in(In.HEADER)
                .description(why).schema(OASFactory.createSchema()
                        .type(Schema.SchemaType.STRING));
    }

    /** The roles that may call the route; none when anyone may. */
    private static List<String> roles(Route route) {
        if (route.method().isAnnotationPresent(PermitAll.class)) {
            return List.of();
        }
        RolesAllowed allowed = route.method().getAnnotation(RolesAllowed.class);
        if (allowed == null && !route.method().isAnnotationPresent(DenyAll.class)) {
            allowed = route.resource().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : Arrays.stream(allowed.value()).sorted().toList();
    }
}
