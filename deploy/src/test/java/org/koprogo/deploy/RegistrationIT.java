package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POST auth/register opens an owner account attached to no organization, which signs in and sees no organization's
 * data; nobody joins an organization through it.
 */
@ExtendWith(SharedPlatform.class)
class RegistrationIT {

    /** Lists of what every organization shares, not of any organization's data. */
    private static final Set<String> SHARED_LISTS = Set.of("/api/v1/modules", "/api/v1/accounts");

    final RunningPlatform platform;
    final Api admin;

    RegistrationIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
    }

    static String email() {
        return "registered-" + UUID.randomUUID().toString().substring(0, 8) + "@example.be";
    }

    HttpResponse<String> register(String email, String extra) throws Exception {
        return Api.anonymous(platform).post("/api/v1/auth/register", """
                {"email":"%s","password":"%s","first_name":"GDPR","last_name":"Test","role":"owner"%s}"""
                .formatted(email, Api.PASSWORD, extra));
    }

    @Test
    void anyoneRegistersAnOwnerOfNoOrganizationSignedInAtOnce() throws Exception {
        String email = email();
        HttpResponse<String> registered = register(email, "");
        assertEquals(201, registered.statusCode(), registered.body());
        JsonObject session = Http.json(registered);
        assertTrue(session.keySet().containsAll(List.of("token", "refresh_token", "user")), session::toString);
        JsonObject user = session.getJsonObject("user");
        assertEquals(email, user.getString("email"));
        assertEquals("owner", user.getString("role"));
        assertTrue(user.isNull("organization_id"), user::toString);
        JsonArray roles = user.getJsonArray("roles");
        assertEquals(1, roles.size(), user::toString);
        assertEquals(roles.getJsonObject(0), user.getJsonObject("active_role"));
        assertTrue(roles.getJsonObject(0).getBoolean("is_primary"));
        assertTrue(roles.getJsonObject(0).isNull("organization_id"));

        Api registeredOwner = Api.signedIn(platform, session);
        assertEquals(user.getString("id"), Http.json(registeredOwner.get("/api/v1/auth/me")).getString("id"));
        Api again = Api.login(platform, email, Api.PASSWORD);
        assertEquals("owner", again.user().getString("role"));
        HttpResponse<String> refreshed = Api.anonymous(platform).post("/api/v1/auth/refresh",
                "{\"refresh_token\":\"" + again.refreshToken() + "\"}");
        assertEquals(200, refreshed.statusCode(), refreshed.body());
    }

    /** Every list of /openapi is empty to it, every read of another organization's resource 404, every write 403. */
    @Test
    void anUnattachedOwnerSeesNoOrganizationsDataAndWritesNothing() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String buildingId = Property.buildingId(syndic);
        String ownerId = Property.ownerId(syndic);
        Api stranger = Api.signedIn(platform, Http.json(register(email(), "")));

        List<String> walked = new ArrayList<>();
        JsonObject paths = OpenApiDocumentIT.document(platform).getJsonObject("paths");
        for (String path : paths.keySet()) {
            if (path.contains("{") || !paths.getJsonObject(path).containsKey("get")) {
                continue;
            }
            walked.add(path);
            HttpResponse<String> answer = stranger.get(path);
            if (answer.statusCode() >= 400) {
                assertTrue(Set.of(403, 404).contains(answer.statusCode()), path + ": " + answer.body());
                assertProblem(answer, answer.statusCode());
                continue;
            }
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
            JsonValue body;
            try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                body = reader.readValue();
            }
            JsonArray rows = body instanceof JsonArray array ? array
                    : body.asJsonObject().containsKey("data") ? body.asJsonObject().getJsonArray("data") : null;
            if (rows == null) {
                continue;
            }
            if (SHARED_LISTS.contains(path)) {
                rows.forEach(row -> assertTrue(!row.asJsonObject().containsKey("organization_id")
                        || row.asJsonObject().isNull("organization_id"), path + " shows " + row));
            } else {
                assertEquals(List.of(), rows, path + " shows rows to an account of no organization");
            }
        }
        assertTrue(walked.containsAll(List.of("/api/v1/buildings", "/api/v1/units", "/api/v1/owners",
                "/api/v1/expenses")), "the walk covered the domain lists: " + walked);

        assertProblem(stranger.get("/api/v1/buildings/" + buildingId), 404);
        assertProblem(stranger.get("/api/v1/owners/" + ownerId), 404);
        assertProblem(stranger.get("/api/v1/organizations/" + syndic.organizationId()), 404);
        assertProblem(stranger.get("/api/v1/owners/me"), 404);
        assertProblem(stranger.post("/api/v1/buildings", Property.building(1000)), 403);
        assertProblem(stranger.put("/api/v1/owners/" + ownerId + "/link-user",
                "{\"user_id\":\"" + stranger.userId() + "\"}"), 403);
        assertEquals(200, syndic.get("/api/v1/buildings/" + buildingId).statusCode(), "nothing was touched");
    }

    @Test
    void nobodyJoinsAnOrganizationOrTakesAnotherRoleByRegistering() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        for (String role : List.of("syndic", "accountant", "superadmin")) {
            JsonObject refused = assertProblem(Api.anonymous(platform).post("/api/v1/auth/register", """
                    {"email":"%s","password":"%s","first_name":"Eve","last_name":"Intruder","role":"%s",
                     "organization_id":"%s"}""".formatted(email(), Api.PASSWORD, role, syndic.organizationId())), 403);
            assertTrue(refused.getString("error").contains("through its syndic or a superadmin"), refused::toString);
        }
        String email = email();
        assertProblem(register(email, ",\"organization_id\":\"" + syndic.organizationId() + "\""), 403);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/login",
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, Api.PASSWORD)), 401);
        assertEquals(List.of(syndic.userId()), Http.json(syndic.get("/api/v1/users")).getJsonArray("data").stream()
                .map(user -> user.asJsonObject().getString("id")).toList(), "nobody joined the organization");
    }

    @Test
    void aTakenEmailIsAConflictSayingSo() throws Exception {
        String email = email();
        assertEquals(201, register(email, "").statusCode());
        JsonObject taken = assertProblem(register(email.toUpperCase(), ""), 409);
        assertTrue(taken.getString("error").contains("email"), "KoproGo's form looks for 'email': " + taken);
        assertProblem(register(Api.ADMIN_EMAIL, ""), 409);
    }

    @Test
    void theAccountNeedsTheSamePasswordAndFieldsAsAnyOther() throws Exception {
        JsonObject weak = assertProblem(Api.anonymous(platform).post("/api/v1/auth/register", """
                {"email":"%s","password":"short","first_name":"A","last_name":"B","role":"owner"}"""
                .formatted(email())), 400);
        assertTrue(weak.toString().contains("#/password"), weak::toString);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/register", """
                {"email":"not-an-email","password":"%s","first_name":"A","last_name":"B","role":"owner"}"""
                .formatted(Api.PASSWORD)), 400);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/register", """
                {"email":"%s","password":"%s","first_name":"A","last_name":"B"}""".formatted(email(), Api.PASSWORD)),
                400);
    }

    @Test
    void aSuperadminAttachesARegisteredAccountToAnOrganization() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String email = email();
        Api registered = Api.signedIn(platform, Http.json(register(email, "")));

        HttpResponse<String> attached = admin.put("/api/v1/users/" + registered.userId(), """
                {"email":"%s","first_name":"GDPR","last_name":"Test",
                 "roles":[{"role":"owner","organization_id":"%s"}]}"""
                .formatted(email, syndic.organizationId()));
        assertEquals(200, attached.statusCode(), attached.body());
        assertEquals(syndic.organizationId(), Http.json(attached).getString("organization_id"));
        assertProblem(registered.get("/api/v1/auth/me"), 401);

        Api member = Api.login(platform, email, Api.PASSWORD);
        assertEquals(syndic.organizationId(), member.organizationId());
        assertTrue(Http.json(syndic.get("/api/v1/users?per_page=100")).getJsonArray("data").stream()
                .anyMatch(user -> user.asJsonObject().getString("id").equals(member.userId())));
    }
}
