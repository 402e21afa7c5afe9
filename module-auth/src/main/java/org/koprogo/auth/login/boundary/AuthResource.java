package org.koprogo.auth.login.boundary;

import java.util.Collections;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.koprogo.auth.login.control.ClientAddresses;
import org.koprogo.auth.login.control.Sessions;
import org.koprogo.auth.user.boundary.UserResponse;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;

/** Sign-in with email and password, token refresh (rotating) and sign-out, as KoproGo clients call them. */
@Path("auth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Sessions sessions;

    @Inject
    Caller caller;

    @Inject
    ClientAddresses clientAddresses;

    @OperationId("login")
    @Answer(status = 401, description = "Unknown email, wrong password or deactivated account")
    @Answer(status = 429, description = "Too many attempts; Retry-After says when to retry")
    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse login(@Valid @NotNull LoginRequest request, @Context HttpServletRequest http) {
        String address = clientAddresses.of(http.getRemoteAddr(),
                Collections.list(http.getHeaders("X-Forwarded-For")));
        return TokenResponse.of(sessions.login(request.email(), request.password(), address));
    }

    @OperationId("refreshToken")
    @Answer(status = 401, description = "Unknown, expired or already rotated refresh token")
    @POST
    @Path("refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
        return TokenResponse.of(sessions.refresh(request.refreshToken()));
    }

    /** With a refresh token, ends that session; with only an access token, every session of the caller. */
    @OperationId("logout")
    @POST
    @Path("logout")
    public LogoutResponse logout(@Valid RefreshRequest request, @Context SecurityContext security) {
        sessions.logout(Optional.ofNullable(request).map(RefreshRequest::refreshToken),
                Optional.ofNullable(security.getUserPrincipal()).map(principal -> caller.userId()));
        return new LogoutResponse("logged out");
    }

    @OperationId("getCurrentUser")
    @GET
    @Path("me")
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
    public UserResponse me() {
        return UserResponse.of(sessions.me(caller.userId()));
    }

    public record LogoutResponse(String message) {
    }
}
