package org.koprogo.auth.login.boundary;

import org.koprogo.auth.login.control.SignedIn;
import org.koprogo.auth.user.boundary.UserResponse;

/** KoproGo's login answer: an access token, its refresh token and the signed-in user. */
public record TokenResponse(String token, String refreshToken, long expiresIn, String tokenType, UserResponse user) {

    public static TokenResponse of(SignedIn session) {
        return new TokenResponse(session.accessToken(), session.refreshToken(), session.expiresIn(), "Bearer",
                UserResponse.of(session.user()));
    }
}
