package org.koprogo.auth.login.control;

import org.koprogo.auth.user.entity.User;

/** A session just opened or renewed: its access token, good for {@code expiresIn} seconds, and refresh token. */
public record SignedIn(String accessToken, String refreshToken, long expiresIn, User user) {
}
