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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.koprogo.auth.login.control.ClientAddresses;
import org.koprogo.auth.login.control.Registration;
import org.koprogo.auth.login.control.Sessions;
import org.koprogo.auth.user.boundary.UserResponse;
import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;

/**
 * Sign-in with email and password, registration, token refresh (rotating), switching between one's roles and
 * sign-out, as KoproGo clients call them.
 */
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

    @Inject
    Registration registration;

    @OperationId("login")
    @Answer(status = 401, description = "Unknown email, wrong password or deactivated account")
    @Answer(status = 429, description = "Too many attempts; Retry-After says when to retry")
    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse login(@Valid @NotNull LoginRequest request, @Context HttpServletRequest http) {
        return TokenResponse.of(sessions.login(request.email(), request.password(), clientAddress(http)));
    }

    /** Open while KOPROGO_REGISTRATION is: an owner account of no organization, signed in at once. */
    @OperationId("register")
    @Answer(status = 201, body = TokenResponse.class)
    @Answer(status = 403, description = "Registration closed, or a role or organization asked for")
    @Answer(status = 409, description = "The email is taken")
    @Answer(status = 429, description = "Too many registrations from this address; Retry-After says when to retry")
    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull RegisterRequest request, @Context HttpServletRequest http) {
        return Response.status(Response.Status.CREATED)
                .entity(TokenResponse.of(registration.register(request.applicant(), clientAddress(http)))).build();
    }

    /** The chosen assignment becomes the active role; tokens issued under the previous one end. */
    @OperationId("switchRole")
    @Answer(status = 404, description = "The caller holds no such role assignment")
    @POST
    @Path("switch-role")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SUPERADMIN, Role.Names.SYNDIC, Role.Names.ACCOUNTANT, Role.Names.OWNER})
    public TokenResponse switchRole(@Valid @NotNull SwitchRoleRequest request) {
        return TokenResponse.of(sessions.switchRole(caller.userId(), request.roleId()));
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

    private String clientAddress(HttpServletRequest http) {
        return clientAddresses.of(http.getRemoteAddr(), Collections.list(http.getHeaders("X-Forwarded-For")));
    }

    public record LogoutResponse(String message) {
    }
}
