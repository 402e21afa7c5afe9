package org.koprogo.core.conditional.boundary;

import java.util.UUID;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * A single resource with its strong ETag, made from its id and its JPA version: every change gives a new tag,
 * without hashing the body. GETs answer 304 to a matching {@code If-None-Match}; writes with an
 * {@code If-Match} naming an older version answer 412 (lost-update protection).
 */
public record Versioned<T>(T body, EntityTag tag) {

    public static <T> Versioned<T> of(T body, UUID id, int version) {
        return new Versioned<>(body, tagOf(id, version));
    }

    public static EntityTag tagOf(UUID id, int version) {
        return new EntityTag(IfMatch.tag(id, version));
    }

    /** 200 with the body and its tag, or 304 when the client's copy is current. */
    public Response read(Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(body)).tag(tag).build();
    }

    /** 200 with the body and its (new) tag. */
    public Response written() {
        return Response.ok(body).tag(tag).build();
    }

    /** The request's {@code If-Match} (and {@code If-None-Match}) as the store checks them, strong comparison. */
    public static IfMatch ifMatch(Request request) {
        return (id, version) -> request.evaluatePreconditions(tagOf(id, version)) == null;
    }
}
