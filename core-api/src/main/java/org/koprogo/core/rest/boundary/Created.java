package org.koprogo.core.rest.boundary;

import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** KoproGo's answer to a create: 201, the new resource's URI in {@code Location}, and its body. */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo uri, UUID id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(body).build();
    }
}
