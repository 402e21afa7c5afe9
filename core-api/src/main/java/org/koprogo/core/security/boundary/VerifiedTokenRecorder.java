package org.koprogo.core.security.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.koprogo.core.security.control.TokenRights;
import org.koprogo.core.security.control.VerifiedTokens;

/**
 * Every token MicroProfile JWT accepted, whether it verified it now or {@link VerifiedTokens} remembered it:
 * refused when its rights were taken away since it was issued ({@link RightsVersions}), else handed to
 * {@link VerifiedTokens}, which spares its next uses the verification. Runs before any authorization, so a
 * revoked token is a 401 (sign in again), never a 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class VerifiedTokenRecorder implements ContainerRequestFilter {

    @Inject
    VerifiedTokens verifiedTokens;

    @Inject
    TokenRights rights;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            if (!rights.areCurrent(token)) {
                throw new NotAuthorizedException("The access token was revoked: sign in again",
                        "Bearer error=\"invalid_token\"");
            }
            verifiedTokens.remember(token);
        }
    }
}
