package org.koprogo.core.security.boundary;

import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.koprogo.core.security.control.VerifiedTokens;

/**
 * Every token MicroProfile JWT accepted, whether it verified it now or {@link VerifiedTokens} remembered it.
 * On a route that needs a role it is refused when its rights were taken away since it was issued
 * ({@link RightsVersions}: one primary-key read); then it is handed to {@link VerifiedTokens}, which spares its
 * next uses the verification. A route open to anyone (health, login) skips the read: a token grants nothing
 * there. Runs before any authorization, so a revoked token is a 401 (sign in again), never a 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenCheck implements ContainerRequestFilter {

    @Inject
    VerifiedTokens verifiedTokens;

    @Inject
    TokenRights rights;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            if (needsRole() && !rights.areCurrent(token)) {
                throw new NotAuthorizedException("The access token was revoked: sign in again",
                        "Bearer error=\"invalid_token\"");
            }
            verifiedTokens.remember(token);
        }
    }

    private boolean needsRole() {
        Method method = resource.getResourceMethod();
        return method == null || method.isAnnotationPresent(RolesAllowed.class)
                || resource.getResourceClass().isAnnotationPresent(RolesAllowed.class);
    }
}
