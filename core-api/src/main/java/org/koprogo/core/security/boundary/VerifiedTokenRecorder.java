package org.koprogo.core.security.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.koprogo.core.security.control.VerifiedTokens;

/** Hands every token MicroProfile JWT accepted to {@link VerifiedTokens}, which spares its next uses. */
@Provider
public class VerifiedTokenRecorder implements ContainerRequestFilter {

    @Inject
    VerifiedTokens verifiedTokens;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            verifiedTokens.remember(token);
        }
    }
}
