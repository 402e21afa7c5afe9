package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DELETE of an organization (superadmin) takes everything in it, in every module; DELETE of a user (superadmin, or
 * a syndic in its organization) takes the sign-in only. Both answer the reference's JSON message.
 */
@ExtendWith(SharedPlatform.class)
class DeletionsIT {

    final RunningPlatform platform;
    final Api admin;

    DeletionsIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
    }

    @Test
    void deletingAnOrganizationRemovesEverythingInItAndNothingElse() throws Exception {
        Api doomed = admin.newOrganizationSyndic();
        String buildingId = Property.buildingId(doomed);
        String unitId = Property.unitId(doomed, buildingId);
        String ownerId = Property.ownerId(doomed);
        String expenseId = doomed.created("/api/v1/expenses", Property.expense(buildingId, "120.50")).getString("id");
        Api accountant = doomed.createUser("accountant");
        Api other = admin.newOrganizationSyndic();
        String otherBuilding = Property.buildingId(other);

        assertProblem(doomed.delete("/api/v1/organizations/" + doomed.organizationId()), 403);
        assertProblem(accountant.delete("/api/v1/organizations/" + doomed.organizationId()), 403);

        HttpResponse<String> deleted = admin.delete("/api/v1/organizations/" + doomed.organizationId());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals("Organization deleted successfully", Http.json(deleted).getString("message"));

        assertProblem(admin.get("/api/v1/organizations/" + doomed.organizationId()), 404);
        for (String gone : new String[] {"/api/v1/buildings/" + buildingId, "/api/v1/units/" + unitId,
                "/api/v1/owners/" + ownerId, "/api/v1/expenses/" + expenseId, "/api/v1/users/" + doomed.userId(),
                "/api/v1/users/" + accountant.userId()}) {
            assertProblem(admin.get(gone), 404);
        }
        assertProblem(doomed.get("/api/v1/auth/me"), 401);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(accountant.user().getString("email"), Api.PASSWORD)),
                401);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/refresh",
                "{\"refresh_token\":\"" + doomed.refreshToken() + "\"}"), 401);

        assertEquals(200, other.get("/api/v1/buildings/" + otherBuilding).statusCode(), "another organization stays");
        assertEquals(200, other.get("/api/v1/auth/me").statusCode());
        assertProblem(admin.delete("/api/v1/organizations/" + doomed.organizationId()), 404);
        assertProblem(admin.delete("/api/v1/organizations/" + UUID.randomUUID()), 404);
    }

    @Test
    void aSyndicDeletesUsersOfItsOwnOrganizationOnly() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        Api stranger = admin.newOrganizationSyndic();
        Api accountant = syndic.createUser("accountant");
        Api owner = syndic.createUser("owner");

        assertProblem(stranger.delete("/api/v1/users/" + owner.userId()), 404);
        assertProblem(accountant.delete("/api/v1/users/" + owner.userId()), 403);
        assertProblem(owner.delete("/api/v1/users/" + accountant.userId()), 403);
        assertProblem(syndic.delete("/api/v1/users/" + Http.json(admin.get("/api/v1/auth/me")).getString("id")), 404);
        assertProblem(syndic.delete("/api/v1/users/" + UUID.randomUUID()), 404);

        HttpResponse<String> deleted = syndic.delete("/api/v1/users/" + accountant.userId());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals("User deleted successfully", Http.json(deleted).getString("message"));
        assertProblem(syndic.get("/api/v1/users/" + accountant.userId()), 404);
        assertProblem(accountant.get("/api/v1/auth/me"), 401);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/refresh",
                "{\"refresh_token\":\"" + accountant.refreshToken() + "\"}"), 401);
        assertEquals(200, owner.get("/api/v1/auth/me").statusCode(), "the others keep their sessions");

        assertEquals(200, admin.delete("/api/v1/users/" + owner.userId()).statusCode(), "a superadmin, anywhere");
        assertProblem(admin.get("/api/v1/users/" + owner.userId()), 404);
    }

    @Test
    void nobodyDeletesTheirOwnAccount() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        assertProblem(syndic.delete("/api/v1/users/" + syndic.userId()), 409);
        String adminId = Http.json(admin.get("/api/v1/auth/me")).getString("id");
        JsonObject refused = assertProblem(admin.delete("/api/v1/users/" + adminId), 409);
        assertEquals("You cannot delete your own account", refused.getString("detail"));
        assertEquals(200, admin.get("/api/v1/auth/me").statusCode());
    }

    @Test
    void aDeletedUsersOwnerRecordStaysUnlinked() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String ownerId = Property.ownerId(syndic);
        String buildingId = Property.buildingId(syndic);
        String unitId = Property.unitId(syndic, buildingId);
        assertEquals(201, syndic.post("/api/v1/units/" + unitId + "/owners", Property.share(ownerId, "1"))
                .statusCode());
        Api user = syndic.createUser("owner");
        assertEquals(200, syndic.put("/api/v1/owners/" + ownerId + "/link-user",
                "{\"user_id\":\"" + user.userId() + "\"}").statusCode());
        HttpResponse<String> linked = syndic.get("/api/v1/owners/" + ownerId);
        assertEquals(user.userId(), Http.json(linked).getString("user_id"));

        assertEquals(200, syndic.delete("/api/v1/users/" + user.userId()).statusCode());

        HttpResponse<String> read = syndic.get("/api/v1/owners/" + ownerId);
        assertNotEquals(linked.headers().firstValue("ETag").orElseThrow(),
                read.headers().firstValue("ETag").orElseThrow(), "a client's copy of the linked owner is stale");
        JsonObject owner = Http.json(read);
        assertTrue(!owner.containsKey("user_id") || owner.isNull("user_id"), owner::toString);
        assertEquals("Jean", owner.getString("first_name"), "the record itself is intact");
        assertTrue(syndic.get("/api/v1/owners/" + ownerId + "/units").body().contains(unitId),
                "and so are its shares");
    }
}
