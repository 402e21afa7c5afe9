package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/v1/owners/me answers the owner record of the caller's own organization only. */
@ExtendWith(SharedPlatform.class)
class OwnersMeIT {

    final RunningPlatform platform;
    final Api admin;

    OwnersMeIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
    }

    @Test
    void aUserMovedToAnotherOrganizationNoLongerReadsTheOwnerRecordOfTheOneItLeft() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String ownerId = Property.ownerId(syndic);
        Api user = syndic.createUser("owner");
        assertEquals(200, syndic.put("/api/v1/owners/" + ownerId + "/link-user",
                "{\"user_id\":\"" + user.userId() + "\"}").statusCode());
        assertEquals(ownerId, Http.json(user.get("/api/v1/owners/me")).getString("id"));

        String elsewhere = admin.newOrganizationSyndic().organizationId();
        String email = user.user().getString("email");
        HttpResponse<String> moved = admin.put("/api/v1/users/" + user.userId(), """
                {"email":"%s","first_name":"Jeanne","last_name":"Dupont","role":"owner","organization_id":"%s"}"""
                .formatted(email, elsewhere));
        assertEquals(200, moved.statusCode(), moved.body());

        Api movedUser = Api.login(platform, email, Api.PASSWORD);
        assertEquals(elsewhere, movedUser.organizationId());
        assertProblem(movedUser.get("/api/v1/owners/me"), 404);
    }
}
