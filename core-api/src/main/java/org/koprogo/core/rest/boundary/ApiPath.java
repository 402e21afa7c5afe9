package org.koprogo.core.rest.boundary;

/** Where the REST API lives, relative to the server's root. */
public final class ApiPath {

    public static final String ROOT = "api/v1";

    private ApiPath() {
    }
}
