package org.koprogo.core.rest.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** KoproGo's answer to a create: 201, the new resource's URI in {@code Location}, and its body. */
public final class Created {

    private Created() {
    }

    /** @param key the new resource's path segment under the collection: its id, or e.g. an account's code */
    public static Response at(UriInfo uri, Object key, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(key.toString()).build()).entity(body).build();
    }
}
