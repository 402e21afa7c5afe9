package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;
import static org.koprogo.deploy.Property.ids;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Organizations see only themselves; roles decide who manages whom; bodies cannot grant rights. */
@ExtendWith(SharedPlatform.class)
class TenancyIT {

    final RunningPlatform platform;
    final Api admin;

    TenancyIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
    }

    private static String building(String organizationId) {
        return """
                {"organization_id":"%s","name":"Résidence %s","address":"Rue Haute 1","city":"Bruxelles",
                 "postal_code":"1000","country":"Belgique"}""".formatted(organizationId, UUID.randomUUID());
    }

    @Test
    void anotherOrganizationsResourcesAreAbsent() throws Exception {
        Api a = admin.newOrganizationSyndic();
        Api b = admin.newOrganizationSyndic();
        HttpResponse<String> created = a.post("/api/v1/buildings", building(b.organizationId()));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject building = Http.json(created);
        assertEquals(a.organizationId(), building.getString("organization_id"),
                "a syndic's organization_id in the body is ignored: the token decides");
        String id = building.getString("id");

        assertProblem(b.get("/api/v1/buildings/" + id), 404);
        assertTrue(!ids(b.get("/api/v1/buildings?per_page=100")).contains(id), "not listed either");
        assertEquals(200, a.get("/api/v1/buildings/" + id).statusCode());
        assertEquals(200, admin.get("/api/v1/buildings/" + id).statusCode(), "a superadmin sees every organization");

        assertProblem(b.get("/api/v1/users/" + a.userId()), 404);
        assertProblem(b.put("/api/v1/users/" + a.userId(), """
                {"email":"taken-over@example.be","first_name":"X","last_name":"Y","role":"owner"}"""), 404);
        assertProblem(b.put("/api/v1/users/" + a.userId() + "/deactivate", null), 404);
        assertProblem(b.get("/api/v1/organizations/" + a.organizationId()), 404);
        assertEquals(200, b.get("/api/v1/organizations/" + b.organizationId()).statusCode(), "its own, it reads");
        assertEquals(b.userId(), Http.json(b.get("/api/v1/users/" + b.userId())).getString("id"));
        assertEquals(List.of(b.userId()), ids(b.get("/api/v1/users")));
    }

    @Test
    void aSuperadminMustNameTheOrganizationOfWhatItCreates() throws Exception {
        JsonObject problem = assertProblem(admin.post("/api/v1/buildings", building("null")
                .replace("\"null\"", "null")), 400);
        assertEquals("#/organization_id", problem.getJsonArray("errors").getJsonObject(0).getString("pointer"));
        Api syndic = admin.newOrganizationSyndic();
        JsonObject created = Http.json(admin.post("/api/v1/buildings", building(syndic.organizationId())));
        assertEquals(syndic.organizationId(), created.getString("organization_id"));
    }

    @Test
    void aSyndicManagesUsersOfItsOwnOrganizationOnly() throws Exception {
        Api a = admin.newOrganizationSyndic();
        Api b = admin.newOrganizationSyndic();

        HttpResponse<String> elsewhere = a.post("/api/v1/users", """
                {"email":"moved-%s@example.be","password":"%s","first_name":"Marc","last_name":"Peeters",
                 "role":"accountant","organization_id":"%s"}""".formatted(UUID.randomUUID(), Api.PASSWORD,
                b.organizationId()));
        assertEquals(201, elsewhere.statusCode(), elsewhere.body());
        assertEquals(a.organizationId(), Http.json(elsewhere).getString("organization_id"),
                "created in the syndic's organization, never in the one named");

        JsonObject superadmin = assertProblem(a.post("/api/v1/users", """
                {"email":"root-%s@example.be","password":"%s","first_name":"R","last_name":"Oot",
                 "role":"superadmin"}""".formatted(UUID.randomUUID(), Api.PASSWORD)), 403);
        assertEquals("Only a superadmin can make a superadmin", superadmin.getString("detail"));

        Api accountant = a.createUser("accountant");
        assertProblem(a.put("/api/v1/users/" + accountant.userId(), """
                {"email":"%s","first_name":"Jeanne","last_name":"Dupont","role":"SuperAdmin"}"""
                .formatted(accountant.user().getString("email"))), 403);
        assertEquals("accountant", Http.json(accountant.get("/api/v1/auth/me")).getString("role"),
                "no escalation through an update");
        assertProblem(accountant.post("/api/v1/users", """
                {"email":"x-%s@example.be","password":"%s","first_name":"X","last_name":"Y","role":"owner"}"""
                .formatted(UUID.randomUUID(), Api.PASSWORD)), 403);
        assertEquals(200, accountant.get("/api/v1/users").statusCode(), "an accountant reads its organization");
        Api owner = a.createUser("owner");
        assertProblem(owner.get("/api/v1/users"), 403);
        assertProblem(owner.get("/api/v1/organizations"), 403);
        assertProblem(a.post("/api/v1/organizations", "{\"name\":\"Mine\",\"contact_email\":\"a@b.be\"}"), 403);
    }

    @Test
    void aSuperadminCreatesAndUpdatesUsersAnywhere() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        HttpResponse<String> created = admin.post("/api/v1/users", """
                {"email":"owner-%s@example.be","password":"%s","first_name":"Anne","last_name":"Lambert",
                 "role":"owner","organization_id":"%s"}""".formatted(UUID.randomUUID(), Api.PASSWORD,
                syndic.organizationId()));
        assertEquals(201, created.statusCode(), created.body());
        String id = Http.json(created).getString("id");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/users/" + id));

        HttpResponse<String> updated = admin.put("/api/v1/users/" + id, """
                {"email":"anne-%s@example.be","first_name":"Anne","last_name":"Lambert-Dubois","role":"accountant"}"""
                .formatted(UUID.randomUUID()));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("accountant", Http.json(updated).getString("role"));
        assertEquals(syndic.organizationId(), Http.json(updated).getString("organization_id"));
        assertTrue(ids(admin.get("/api/v1/users?per_page=100&organization_id=" + syndic.organizationId()))
                .contains(id));
        assertProblem(admin.get("/api/v1/users?organization_id=nope"), 400);
    }

    @Test
    void deactivatingAUserEndsItsSessions() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        Api owner = syndic.createUser("owner");
        JsonObject deactivated = Http.json(syndic.put("/api/v1/users/" + owner.userId() + "/deactivate", null));
        assertEquals(false, deactivated.getBoolean("is_active"));
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/refresh",
                "{\"refresh_token\":\"" + owner.refreshToken() + "\"}"), 401);
        assertProblem(owner.get("/api/v1/auth/me"), 401);
        assertProblem(syndic.put("/api/v1/users/" + syndic.userId() + "/deactivate", null), 409);
        assertEquals(true, Http.json(syndic.put("/api/v1/users/" + owner.userId() + "/activate", null))
                .getBoolean("is_active"));
        Api.login(platform, owner.user().getString("email"), Api.PASSWORD);
    }

    @Test
    void deactivatingAnOrganizationLocksItsUsersOut() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        JsonObject suspended = Http.json(admin.put("/api/v1/organizations/" + syndic.organizationId() + "/suspend", null));
        assertEquals(false, suspended.getBoolean("is_active"));
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(syndic.user().getString("email"), Api.PASSWORD)), 401);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/refresh",
                "{\"refresh_token\":\"" + syndic.refreshToken() + "\"}"), 401);
        assertEquals(true, Http.json(admin.put("/api/v1/organizations/" + syndic.organizationId() + "/activate",
                null)).getBoolean("is_active"));
        Api.login(platform, syndic.user().getString("email"), Api.PASSWORD);
    }

    @Test
    void deactivateIsSuspendUnderItsOwnName() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        assertEquals(false, Http.json(admin.put("/api/v1/organizations/" + syndic.organizationId() + "/deactivate",
                null)).getBoolean("is_active"));
        assertEquals(false, Http.json(admin.get("/api/v1/organizations/" + syndic.organizationId()))
                .getBoolean("is_active"));
        assertProblem(admin.put("/api/v1/organizations/" + UUID.randomUUID() + "/deactivate", null), 404);
    }

    @Test
    void organizationsFollowTheirPlanAndClashesAre409() throws Exception {
        String slug = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.post("/api/v1/organizations", """
                {"name":"Petite Copro","slug":"%s","contact_email":"info@petite.be","subscription_plan":"FREE"}"""
                .formatted(slug));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject organization = Http.json(created);
        assertEquals("free", organization.getString("subscription_plan"));
        assertEquals(3, organization.getInt("max_users"));
        String id = organization.getString("id");

        assertProblem(admin.post("/api/v1/organizations", """
                {"name":"Other","slug":"%s","contact_email":"info@other.be"}""".formatted(slug)), 409);

        Api syndic = admin.createUser("syndic", id);
        syndic.createUser("accountant");
        Api owner = syndic.createUser("owner");
        JsonObject full = assertProblem(syndic.post("/api/v1/users", """
                {"email":"fourth-%s@example.be","password":"%s","first_name":"F","last_name":"Our","role":"owner"}"""
                .formatted(UUID.randomUUID(), Api.PASSWORD)), 409);
        assertTrue(full.getString("detail").contains("3 active users of its free plan"), full.toString());

        HttpResponse<String> upgraded = admin.put("/api/v1/organizations/" + id, """
                {"name":"Petite Copro","slug":"%s","contact_email":"info@petite.be","subscription_plan":"starter"}"""
                .formatted(slug));
        assertEquals(10, Http.json(upgraded).getInt("max_users"), upgraded.body());
        HttpResponse<String> renamed = admin.put("/api/v1/organizations/" + id, """
                {"name":"Petite Copro SRL","slug":"%s","contact_email":"info@petite.be"}""".formatted(slug));
        assertEquals("starter", Http.json(renamed).getString("subscription_plan"), "no plan sent: the plan stays");
        assertEquals(201, syndic.post("/api/v1/users", """
                {"email":"fourth-%s@example.be","password":"%s","first_name":"F","last_name":"Our","role":"owner"}"""
                .formatted(UUID.randomUUID(), Api.PASSWORD)).statusCode());
        JsonObject duplicate = assertProblem(syndic.post("/api/v1/users", """
                {"email":"%s","password":"%s","first_name":"D","last_name":"Up","role":"owner"}"""
                .formatted(owner.user().getString("email").toUpperCase(), Api.PASSWORD)), 409);
        assertTrue(duplicate.getString("detail").contains("already exists"), duplicate.toString());
        assertTrue(ids(admin.get("/api/v1/organizations?per_page=100&sort_by=created_at&order=desc")).contains(id));
    }

    @Test
    void anOrganizationHoldsAtMostItsPlansBuildingsEvenWhenCreatedAtOnce() throws Exception {
        Api syndic = admin.createUser("syndic", admin.created("/api/v1/organizations", """
                {"name":"Copro Starter","slug":"starter-%s","contact_email":"info@starter.be",
                 "subscription_plan":"starter"}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .getString("id"));
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<String> created = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return syndic.post("/api/v1/buildings", building(syndic.organizationId()));
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() == 201) {
                    created.add(Http.json(response).getString("id"));
                } else {
                    JsonObject full = assertProblem(response, 409);
                    assertTrue(full.getString("detail").contains("5 building(s) of its starter plan"), full.toString());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, created.size(), "the starter plan's 5 buildings, however many asked at once");
        assertEquals(5, Http.json(syndic.get("/api/v1/buildings")).getJsonObject("pagination").getInt("total_items"));
        assertProblem(admin.post("/api/v1/buildings", building(syndic.organizationId())), 409);

        assertEquals(204, syndic.delete("/api/v1/buildings/" + created.get(0)).statusCode());
        assertEquals(201, syndic.post("/api/v1/buildings", building(syndic.organizationId())).statusCode(),
                "a freed slot is taken again");
    }

    @Test
    void badUserInputIsA400NamingTheField() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        JsonObject weak = assertProblem(syndic.post("/api/v1/users", """
                {"email":"weak-%s@example.be","password":"short","first_name":"W","last_name":"Eak","role":"owner"}"""
                .formatted(UUID.randomUUID())), 400);
        assertEquals("#/password", weak.getJsonArray("errors").getJsonObject(0).getString("pointer"));
        JsonObject role = assertProblem(syndic.post("/api/v1/users", """
                {"email":"r@example.be","password":"%s","first_name":"R","last_name":"Ole","role":"janitor"}"""
                .formatted(Api.PASSWORD)), 400);
        assertEquals("#/role", role.getJsonArray("errors").getJsonObject(0).getString("pointer"));
        JsonObject email = assertProblem(syndic.post("/api/v1/users", """
                {"email":"not an email","password":"%s","first_name":"E","last_name":"Mail","role":"owner"}"""
                .formatted(Api.PASSWORD)), 400);
        assertEquals("#/email", email.getJsonArray("errors").getJsonObject(0).getString("pointer"));
        assertProblem(admin.post("/api/v1/organizations", "{\"name\":\"X\",\"contact_email\":\"nope\"}"), 400);
    }

    @Test
    void aSuperadminNamingAnOrganizationThatDoesNotExistGets404() throws Exception {
        String nowhere = UUID.randomUUID().toString();
        assertProblem(admin.post("/api/v1/buildings", building(nowhere)), 404);
        assertProblem(admin.post("/api/v1/owners", """
                {"organization_id":"%s","first_name":"A","last_name":"B","email":"ab@example.be"}"""
                .formatted(nowhere)), 404);
        assertProblem(admin.post("/api/v1/accounts", """
                {"organization_id":"%s","code":"6119","label":"X"}""".formatted(nowhere)), 404);
    }
}
