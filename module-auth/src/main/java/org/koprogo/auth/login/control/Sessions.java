package org.koprogo.auth.login.control;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.auth.organization.entity.Organization;
import org.koprogo.auth.user.control.Passwords;
import org.koprogo.auth.user.control.UserStore;
import org.koprogo.auth.user.entity.User;
import org.koprogo.core.json.boundary.Emails;
import org.koprogo.core.refusal.boundary.NotAuthenticated;
import org.koprogo.core.refusal.boundary.TooManyAttempts;

/**
 * Sign-in, refresh and sign-out. Every refused sign-in — unknown email, wrong password, deactivated user or
 * organization — is the same 401 after the same bcrypt work, so answers and timings reveal no account.
 * No database connection is held while bcrypt runs.
 */
@ApplicationScoped
public class Sessions {

    static final String INVALID_CREDENTIALS = "Invalid email or password";

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Inject
    UserStore users;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccessTokens accessTokens;

    @Inject
    RefreshTokens refreshTokens;

    public SignedIn login(String email, String password, String address) {
        String account = Emails.normalised(email);
        Optional<Long> blocked = throttle.attempt(account, address);
        if (blocked.isPresent()) {
            throw new TooManyAttempts("Too many sign-in attempts for this account or from this address; try again"
                    + " in " + blocked.get() + " seconds", blocked.get());
        }
        boolean valid = false;
        Optional<User> user;
        try {
            user = users.byEmail(account);
            valid = user.isPresent()
                    ? passwords.matches(password, user.get().passwordHash()) && mayUse(user.get())
                    : passwords.matchesNothing(password);
        } finally {
            // an attempt that could not be checked counts as failed: it must not stay in flight
            if (valid) {
                throttle.succeeded(account, address);
            } else {
                throttle.failed(account, address);
            }
        }
        if (!valid) {
            throw new NotAuthenticated(INVALID_CREDENTIALS);
        }
        return open(user.get());
    }

    /** A new session of a user whose right to one was just checked. */
    public SignedIn open(User user) {
        return tokens(user, refreshTokens.open(user.id()));
    }

    /**
     * Makes one of the caller's role assignments the active one and opens a session in it; the access tokens
     * issued under the previous one end (the user's rights version moves).
     */
    public SignedIn switchRole(UUID userId, UUID assignmentId) {
        me(userId);
        return open(users.switchRole(userId, assignmentId));
    }

    public SignedIn refresh(String refreshToken) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken);
        if (rotation instanceof RefreshTokens.Rotation.Reused) {
            throw new NotAuthenticated("This refresh token was already used, so it may have been copied: its session"
                    + " is revoked. Sign in again.");
        }
        if (!(rotation instanceof RefreshTokens.Rotation.Rotated rotated)) {
            throw new NotAuthenticated("The refresh token is unknown, expired or revoked");
        }
        Optional<User> user = users.byId(rotated.userId()).filter(this::mayUse);
        if (user.isEmpty()) {
            refreshTokens.revokeUser(rotated.userId());
            throw new NotAuthenticated("The account is deactivated");
        }
        return tokens(user.get(), rotated.successor());
    }

    /** Ends one session (the refresh token's), or all of the caller's sessions when no token is given. */
    public void logout(Optional<String> refreshToken, Optional<UUID> caller) {
        if (refreshToken.isPresent()) {
            refreshTokens.revoke(refreshToken.get());
        } else {
            users.endSessions(caller.orElseThrow(() -> new NotAuthenticated(
                    "Send the refresh token to end, or sign in to end all of your sessions")));
        }
    }

    /** The signed-in user as stored now: deactivated since the token was issued means signed out. */
    public User me(UUID userId) {
        return users.byId(userId).filter(this::mayUse)
                .orElseThrow(() -> new NotAuthenticated("The account is deactivated"));
    }

    private boolean mayUse(User user) {
        if (!user.isActive()) {
            return false;
        }
        return user.organizationId() == null || organizationOf(user).map(Organization::isActive).orElse(false);
    }

    private Optional<Organization> organizationOf(User user) {
        return Optional.ofNullable(user.organizationId()).map(id -> em.find(Organization.class, id));
    }

    private SignedIn tokens(User user, String refreshToken) {
        return new SignedIn(accessTokens.issue(user, organizationOf(user).orElse(null)), refreshToken,
                accessTokens.lifetimeSeconds(), user);
    }
}
