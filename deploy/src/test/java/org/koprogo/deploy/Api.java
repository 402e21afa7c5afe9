package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.json.JsonObject;

/** A REST client of one platform, signed in as one user (or anonymous), as KoproGo's clients call it. */
final class Api {

    static final String ADMIN_EMAIL = "admin@koprogo.com";
    static final String ADMIN_PASSWORD = "admin123";
    static final String PASSWORD = "correct horse 42";

    private final RunningPlatform platform;
    private final String token;
    private final JsonObject session;

    private Api(RunningPlatform platform, JsonObject session, String token) {
        this.platform = platform;
        this.session = session;
        this.token = token;
    }

    private Api(RunningPlatform platform, JsonObject session) {
        this(platform, session, session == null ? null : session.getString("token"));
    }

    /** A client presenting this access token, whatever it is. */
    static Api bearer(RunningPlatform platform, String token) {
        return new Api(platform, null, token);
    }

    /** A client holding the session of a login-shaped answer (register, switch-role). */
    static Api signedIn(RunningPlatform platform, JsonObject session) {
        return new Api(platform, session);
    }

    static Api anonymous(RunningPlatform platform) {
        return new Api(platform, null);
    }

    /** The development superadmin the embedded database gets. */
    static Api admin(RunningPlatform platform) throws IOException, InterruptedException {
        return login(platform, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    static Api login(RunningPlatform platform, String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = anonymous(platform).post("/api/v1/auth/login",
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
        assertEquals(200, response.statusCode(), "login " + email + ": " + response.body());
        return new Api(platform, Http.json(response));
    }

    /** Signs in a new syndic of a new organization (this client must be a superadmin). */
    Api newOrganizationSyndic() throws IOException, InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> organization = post("/api/v1/organizations", """
                {"name":"Copropriété %s","slug":"copro-%s","contact_email":"syndic@%s.be",
                 "subscription_plan":"professional"}""".formatted(tag, tag, tag));
        assertEquals(201, organization.statusCode(), organization.body());
        return createUser("syndic", Http.json(organization).getString("id"));
    }

    /** Creates a user (in this caller's organization unless one is named) and signs it in. */
    Api createUser(String role, String organizationId) throws IOException, InterruptedException {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.be";
        HttpResponse<String> created = post("/api/v1/users", """
                {"email":"%s","password":"%s","first_name":"Jeanne","last_name":"Dupont","role":"%s"%s}"""
                .formatted(email, PASSWORD, role,
                        organizationId == null ? "" : ",\"organization_id\":\"" + organizationId + "\""));
        assertEquals(201, created.statusCode(), created.body());
        return login(platform, email, PASSWORD);
    }

    Api createUser(String role) throws IOException, InterruptedException {
        return createUser(role, null);
    }

    JsonObject user() {
        return session.getJsonObject("user");
    }

    String userId() {
        return user().getString("id");
    }

    String organizationId() {
        return user().getString("organization_id");
    }

    String token() {
        return token;
    }

    String refreshToken() {
        return session.getString("refresh_token");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, "application/json", json);
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send("PUT", path, json == null ? null : "application/json", json);
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null, null);
    }

    /** POSTs and expects 201; the created resource. */
    JsonObject created(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, json);
        assertEquals(201, response.statusCode(), () -> "POST " + path + ": " + response.body());
        return Http.json(response);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request);
    }

    URI uri(String path) {
        return platform.uri(path);
    }
}
