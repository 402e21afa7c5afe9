package org.koprogo.load.traffic;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.koprogo.load.http.HttpConnection;
import org.koprogo.load.http.Json;
import org.koprogo.load.http.Response;

/** A virtual user's access token and the rotating refresh token that renews it before it expires. */
final class Session {

    static final String LOGIN_PATH = "/api/v1/auth/login";
    /** Renew when less than this remains, so that no request goes out with a token about to expire. */
    private static final long RENEW_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Account account;
    private String accessToken;
    private String refreshToken;
    private long expiresAtNanos;

    Session(Account account) {
        this.account = account;
    }

    /** Signs in: about 55 ms of bcrypt on the server, which is why callers do it before measuring. */
    void login(HttpConnection connection) throws SetUpFailure {
        long sent = System.nanoTime();
        Response response = connection.send("POST", LOGIN_PATH, null,
                Json.write(Map.of("email", account.email(), "password", account.password())));
        if (response.status() != 200 || !accept(Json.read(response), sent)) {
            throw new SetUpFailure("signing in as " + account.email() + " answered " + response.status() + " "
                    + response.bodyText());
        }
    }

    String accessToken() {
        return accessToken;
    }

    boolean expiresSoon() {
        return System.nanoTime() - (expiresAtNanos - RENEW_MARGIN_NANOS) > 0;
    }

    /** Trades the refresh token for a new pair (the old one is then spent); returns the answer's status. */
    int refresh(HttpConnection connection) {
        long sent = System.nanoTime();
        Response response = connection.send("POST", Route.REFRESH.template(), null,
                Json.write(Map.of("refresh_token", refreshToken)));
        if (response.status() == 200) {
            accept(Json.read(response), sent);
        }
        return response.status();
    }

    private boolean accept(JsonNode answer, long sentNanos) {
        if (!answer.hasNonNull("token") || !answer.hasNonNull("refresh_token") || !answer.has("expires_in")) {
            return false;
        }
        accessToken = answer.get("token").asText();
        refreshToken = answer.get("refresh_token").asText();
        expiresAtNanos = sentNanos + TimeUnit.SECONDS.toNanos(answer.get("expires_in").asLong());
        return true;
    }
}
