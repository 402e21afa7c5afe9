package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user holds several roles, in several organizations, and acts in its primary one: /users grants them
 * ({@code roles}), POST auth/switch-role moves between them, and removing an organization takes the roles held there.
 */
@ExtendWith(SharedPlatform.class)
class RoleAssignmentsIT {

    final RunningPlatform platform;
    final Api admin;

    RoleAssignmentsIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
    }

    /** A new user holding a syndic's role in the first organization (primary) and an owner's in the second. */
    private JsonObject syndicAndOwner(String primaryOrganization, String secondOrganization) throws Exception {
        return admin.created("/api/v1/users", """
                {"email":"%s","password":"%s","first_name":"Jeanne","last_name":"Dupont","role":"syndic",
                 "roles":[{"role":"syndic","organization_id":"%s"},{"role":"owner","organization_id":"%s"}]}"""
                .formatted(email(), Api.PASSWORD, primaryOrganization, secondOrganization));
    }

    private static String email() {
        return "roles-" + UUID.randomUUID().toString().substring(0, 8) + "@example.be";
    }

    private static Map<String, JsonObject> rolesByOrganization(JsonObject user) {
        return user.getJsonArray("roles").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(role -> role.getString("organization_id"), role -> role));
    }

    @Test
    void aUserCreatedWithSeveralRolesActsInThePrimaryOneAndListsShowThemAll() throws Exception {
        Api a = admin.newOrganizationSyndic();
        Api b = admin.newOrganizationSyndic();
        JsonObject created = syndicAndOwner(a.organizationId(), b.organizationId());
        assertEquals("syndic", created.getString("role"), "roles[] wins, its first entry primary");
        assertEquals(a.organizationId(), created.getString("organization_id"));
        Map<String, JsonObject> roles = rolesByOrganization(created);
        assertEquals(2, roles.size(), created::toString);
        assertTrue(roles.get(a.organizationId()).getBoolean("is_primary"));
        assertEquals("owner", roles.get(b.organizationId()).getString("role"));
        assertEquals(false, roles.get(b.organizationId()).getBoolean("is_primary"));
        assertEquals(roles.get(a.organizationId()), created.getJsonObject("active_role"));

        JsonObject listed = Http.json(admin.get("/api/v1/users?per_page=100&organization_id=" + a.organizationId()))
                .getJsonArray("data").stream().map(JsonValue::asJsonObject)
                .filter(user -> user.getString("id").equals(created.getString("id"))).findFirst().orElseThrow();
        assertEquals(created.getJsonArray("roles"), listed.getJsonArray("roles"));
        assertEquals(created.getJsonObject("active_role"), listed.getJsonObject("active_role"));
        assertTrue(!roles.get(a.organizationId()).getString("id").equals(roles.get(b.organizationId()).getString("id")),
                "every assignment has its own id");

        Api signedIn = Api.login(platform, created.getString("email"), Api.PASSWORD);
        assertEquals(created.getJsonArray("roles"), signedIn.user().getJsonArray("roles"));
        assertEquals(created.getJsonArray("roles"), Http.json(signedIn.get("/api/v1/auth/me")).getJsonArray("roles"));
    }

    @Test
    void putReplacesTheRolesAndEndsTheOldTokens() throws Exception {
        Api a = admin.newOrganizationSyndic();
        Api b = admin.newOrganizationSyndic();
        JsonObject created = syndicAndOwner(a.organizationId(), b.organizationId());
        String keptId = rolesByOrganization(created).get(b.organizationId()).getString("id");
        Api before = Api.login(platform, created.getString("email"), Api.PASSWORD);

        HttpResponse<String> replaced = admin.put("/api/v1/users/" + created.getString("id"), """
                {"email":"%s","first_name":"Jeanne","last_name":"Dupont",
                 "roles":[{"role":"accountant","organization_id":"%s"},
                          {"role":"owner","organization_id":"%s","is_primary":true}]}"""
                .formatted(created.getString("email"), a.organizationId(), b.organizationId()));
        assertEquals(200, replaced.statusCode(), replaced.body());
        JsonObject user = Http.json(replaced);
        assertEquals("owner", user.getString("role"));
        assertEquals(b.organizationId(), user.getString("organization_id"));
        Map<String, JsonObject> roles = rolesByOrganization(user);
        assertEquals("accountant", roles.get(a.organizationId()).getString("role"), "the syndic's role went");
        assertEquals(keptId, roles.get(b.organizationId()).getString("id"), "a role granted again keeps its id");
        assertProblem(before.get("/api/v1/auth/me"), 401);
        assertEquals("owner", Api.login(platform, created.getString("email"), Api.PASSWORD).user().getString("role"));
    }

    @Test
    void rolesThatBreakTheRulesAreRefused() throws Exception {
        Api a = admin.newOrganizationSyndic();
        Api b = admin.newOrganizationSyndic();
        String template = """
                {"email":"%s","password":"%s","first_name":"Jeanne","last_name":"Dupont","roles":%s}""";
        String twice = "[{\"role\":\"owner\",\"organization_id\":\"%s\"},"
                + "{\"role\":\"owner\",\"organization_id\":\"%s\"}]"
                .formatted(a.organizationId(), a.organizationId());
        String twoPrimaries = ("[{\"role\":\"owner\",\"organization_id\":\"%s\",\"is_primary\":true},"
                + "{\"role\":\"syndic\",\"organization_id\":\"%s\",\"is_primary\":true}]")
                .formatted(a.organizationId(), b.organizationId());
        String noOrganization = "[{\"role\":\"syndic\"}]";
        for (String roles : List.of(twice, twoPrimaries, noOrganization, "[{\"organization_id\":\"" + a.organizationId()
                + "\"}]", "[{\"role\":\"superadmin\",\"organization_id\":\"" + a.organizationId() + "\"}]")) {
            JsonObject refused = assertProblem(admin.post("/api/v1/users",
                    template.formatted(email(), Api.PASSWORD, roles)), 400);
            assertTrue(refused.toString().contains("#/roles"), roles + ": " + refused);
        }

        assertProblem(a.post("/api/v1/users", template.formatted(email(), Api.PASSWORD,
                "[{\"role\":\"owner\",\"organization_id\":\"" + b.organizationId() + "\"}]")), 403);
        assertProblem(a.post("/api/v1/users", template.formatted(email(), Api.PASSWORD,
                "[{\"role\":\"owner\",\"organization_id\":\"" + a.organizationId() + "\"},"
                        + "{\"role\":\"accountant\",\"organization_id\":\"" + b.organizationId() + "\"}]")), 403);
        assertProblem(a.post("/api/v1/users", template.formatted(email(), Api.PASSWORD,
                "[{\"role\":\"superadmin\"}]")), 403);
        assertEquals(List.of(b.userId()), Http.json(b.get("/api/v1/users")).getJsonArray("data").stream()
                .map(user -> user.asJsonObject().getString("id")).toList(), "nothing was granted in b");

        JsonObject own = a.created("/api/v1/users", template.formatted(email(), Api.PASSWORD,
                "[{\"role\":\"owner\"},{\"role\":\"accountant\",\"organization_id\":\"" + a.organizationId() + "\"}]"));
        assertEquals(a.organizationId(), own.getString("organization_id"),
                "a syndic's grants land in its organization");
        assertEquals(2, own.getJsonArray("roles").size());
    }

    @Test
    void aSyndicChangesOnlyTheRolesHeldInItsOrganization() throws Exception {
        Api a = admin.newOrganizationSyndic();
        Api b = admin.newOrganizationSyndic();
        JsonObject created = syndicAndOwner(a.organizationId(), b.organizationId());
        HttpResponse<String> updated = a.put("/api/v1/users/" + created.getString("id"), """
                {"email":"%s","first_name":"Jeanne","last_name":"Dupont","role":"accountant"}"""
                .formatted(created.getString("email")));
        assertEquals(200, updated.statusCode(), updated.body());
        Map<String, JsonObject> roles = rolesByOrganization(Http.json(updated));
        assertEquals("accountant", roles.get(a.organizationId()).getString("role"));
        assertEquals("owner", roles.get(b.organizationId()).getString("role"), "b's role is not a's to change");
    }

    @Test
    void aUserSwitchesBetweenItsOwnRolesOnly() throws Exception {
        Api a = admin.newOrganizationSyndic();
        Api b = admin.newOrganizationSyndic();
        JsonObject created = syndicAndOwner(a.organizationId(), b.organizationId());
        Api asSyndic = Api.login(platform, created.getString("email"), Api.PASSWORD);
        String ownerRole = rolesByOrganization(created).get(b.organizationId()).getString("id");
        String buildingOfA = Property.buildingId(asSyndic);

        HttpResponse<String> switched = asSyndic.post("/api/v1/auth/switch-role",
                "{\"role_id\":\"" + ownerRole + "\"}");
        assertEquals(200, switched.statusCode(), switched.body());
        JsonObject session = Http.json(switched);
        assertTrue(session.keySet().containsAll(List.of("token", "refresh_token", "user")), session::toString);
        JsonObject user = session.getJsonObject("user");
        assertEquals("owner", user.getString("role"));
        assertEquals(b.organizationId(), user.getString("organization_id"));
        assertEquals(ownerRole, user.getJsonObject("active_role").getString("id"));
        assertEquals(1, user.getJsonArray("roles").stream().filter(role -> role.asJsonObject().getBoolean("is_primary"))
                .count());

        assertProblem(asSyndic.get("/api/v1/auth/me"), 401);
        Api asOwner = Api.signedIn(platform, session);
        assertEquals("owner", Http.json(asOwner.get("/api/v1/auth/me")).getString("role"));
        assertProblem(asOwner.get("/api/v1/buildings/" + buildingOfA), 404);
        assertProblem(asOwner.post("/api/v1/buildings", Property.building(1000)), 403);
        assertEquals("owner", Api.login(platform, created.getString("email"), Api.PASSWORD).user().getString("role"),
                "the switch lasts");

        String othersRole = a.user().getJsonObject("active_role").getString("id");
        JsonObject unknown = assertProblem(asOwner.post("/api/v1/auth/switch-role",
                "{\"role_id\":\"" + othersRole + "\"}"), 404);
        assertTrue(!unknown.toString().contains(a.organizationId()), "nothing of the other user shows: " + unknown);
        assertProblem(asOwner.post("/api/v1/auth/switch-role", "{\"role_id\":\"" + UUID.randomUUID() + "\"}"), 404);
        assertProblem(asOwner.post("/api/v1/auth/switch-role", "{}"), 400);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/switch-role", "{\"role_id\":\"" + ownerRole + "\"}"),
                401);
        assertEquals("owner", Http.json(asOwner.get("/api/v1/auth/me")).getString("role"), "refusals change nothing");

        assertEquals(200, admin.put("/api/v1/users/" + created.getString("id") + "/deactivate", null).statusCode());
        assertProblem(asOwner.post("/api/v1/auth/switch-role", "{\"role_id\":\"" + ownerRole + "\"}"), 401);
    }

    @Test
    void removingAnOrganizationTakesTheRolesHeldThere() throws Exception {
        Api doomed = admin.newOrganizationSyndic();
        Api other = admin.newOrganizationSyndic();
        JsonObject activeThere = syndicAndOwner(doomed.organizationId(), other.organizationId());
        JsonObject activeElsewhere = syndicAndOwner(other.organizationId(), doomed.organizationId());
        Api activeThereSession = Api.login(platform, activeThere.getString("email"), Api.PASSWORD);
        Api activeElsewhereSession = Api.login(platform, activeElsewhere.getString("email"), Api.PASSWORD);

        assertEquals(200, admin.delete("/api/v1/organizations/" + doomed.organizationId()).statusCode());

        assertProblem(admin.get("/api/v1/users/" + doomed.userId()), 404);
        assertProblem(activeThereSession.get("/api/v1/auth/me"), 401);
        JsonObject moved = Http.json(admin.get("/api/v1/users/" + activeThere.getString("id")));
        assertEquals("owner", moved.getString("role"), "its role elsewhere became the active one");
        assertEquals(other.organizationId(), moved.getString("organization_id"));
        assertEquals(1, moved.getJsonArray("roles").size(), moved::toString);
        assertTrue(moved.getJsonObject("active_role").getBoolean("is_primary"));
        assertEquals("owner", Api.login(platform, activeThere.getString("email"), Api.PASSWORD).user()
                .getString("role"));

        JsonObject kept = Http.json(activeElsewhereSession.get("/api/v1/auth/me"));
        assertEquals("syndic", kept.getString("role"), "a user active elsewhere keeps its session");
        assertEquals(1, kept.getJsonArray("roles").size(), kept::toString);
    }
}
