package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;
import static org.koprogo.deploy.Property.bareIds;
import static org.koprogo.deploy.Property.ids;
import static org.koprogo.deploy.Property.owner;
import static org.koprogo.deploy.Property.share;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Owners and their shares of units (module-owners): the 100 % rule, also when grants race, history, roles. */
@ExtendWith(SharedPlatform.class)
class OwnershipIT {

    final Api admin;
    final Api syndic;

    OwnershipIT(RunningPlatform platform) throws Exception {
        this.admin = Api.admin(platform);
        this.syndic = admin.newOrganizationSyndic();
    }

    @Test
    void ownersAreUniqueByEmailAndSearchable() throws Exception {
        String tag = Property.unique();
        JsonObject jean = syndic.created("/api/v1/owners", owner("Jean", "jean." + tag + "@example.com"));
        assertEquals("Belgique", jean.getString("country"));
        assertProblem(syndic.post("/api/v1/owners", owner("Other", "JEAN." + tag + "@Example.com")), 409);
        assertEquals(List.of(jean.getString("id")), ids(syndic.get("/api/v1/owners?search=" + tag.toUpperCase())));
        assertEquals(List.of(jean.getString("id")), ids(syndic.get("/api/v1/owners?search=jean." + tag)));
        assertTrue(ids(syndic.get("/api/v1/owners?search=%25_" + tag)).isEmpty(), "LIKE wildcards are literal");

        String id = jean.getString("id");
        HttpResponse<String> updated = syndic.put("/api/v1/owners/" + id, owner("Jeanne", "jeanne." + tag + "@example.com"));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Jeanne", Http.json(updated).getString("first_name"));
        assertEquals(204, syndic.delete("/api/v1/owners/" + id).statusCode());
        assertProblem(syndic.get("/api/v1/owners/" + id), 404);

        assertProblem(syndic.post("/api/v1/owners", owner("Bad", "not-an-email")), 400);
        assertProblem(syndic.post("/api/v1/owners", "{\"first_name\":\"A\",\"last_name\":\"B\"}"), 400);
        assertProblem(admin.post("/api/v1/owners", owner("No", "org@example.com")), 400);
        assertProblem(syndic.createUser("accountant").post("/api/v1/owners", owner("X", "x@example.com")), 403);
    }

    @Test
    void sharesSumToAtMostOneAndKeepTheirHistory() throws Exception {
        String unit = Property.unitId(syndic, Property.buildingId(syndic));
        String first = Property.ownerId(syndic);
        String second = Property.ownerId(syndic);
        String third = Property.ownerId(syndic);
        String path = "/api/v1/units/" + unit + "/owners";

        JsonObject granted = syndic.created(path, share(first, "0.6").replace("false", "true"));
        assertTrue(granted.getBoolean("is_active") && granted.getBoolean("is_primary_contact"), granted.toString());
        JsonObject refused = assertProblem(syndic.post(path, share(second, "0.41")), 409);
        assertTrue(refused.getString("detail").contains("101%"), refused.toString());
        syndic.created(path, share(second, "0.4"));
        assertProblem(syndic.post(path, share(second, "0.000001")), 409);

        JsonObject total = Http.json(syndic.get(path + "/total-percentage"));
        assertEquals(0, BigDecimal.ONE.compareTo(total.getJsonNumber("total_ownership_percentage").bigDecimalValue()));
        assertEquals("100.00%", total.getString("percentage_display"));

        HttpResponse<String> transfer = syndic.post(path + "/transfer",
                "{\"from_owner_id\":\"%s\",\"to_owner_id\":\"%s\"}".formatted(first, third));
        assertEquals(200, transfer.statusCode(), transfer.body());
        JsonObject moved = Http.json(transfer);
        assertFalse(moved.getJsonObject("ended_relationship").getBoolean("is_active"));
        assertEquals(third, moved.getJsonObject("new_relationship").getString("owner_id"));
        assertTrue(moved.getJsonObject("new_relationship").getBoolean("is_primary_contact"), "the role moves too");
        assertProblem(syndic.post(path + "/transfer",
                "{\"from_owner_id\":\"%s\",\"to_owner_id\":\"%s\"}".formatted(first, third)), 404);

        HttpResponse<String> ended = syndic.delete(path + "/" + second);
        assertEquals(200, ended.statusCode(), ended.body());
        assertFalse(Http.json(ended).getBoolean("is_active"));
        assertEquals(1, bareIds(syndic.get(path)).size(), "only the active share");
        assertEquals(3, bareIds(syndic.get(path + "/history")).size(), "ended shares stay in the history");
        assertEquals(1, bareIds(syndic.get("/api/v1/owners/" + third + "/units")).size());
        assertEquals(1, bareIds(syndic.get("/api/v1/owners/" + first + "/units/history")).size());
        assertProblem(syndic.delete("/api/v1/owners/" + first), 409);
        assertProblem(syndic.delete(path + "/" + second), 404);

        assertProblem(syndic.post(path, share(second, "0")), 400);
        assertProblem(syndic.post(path, share(second, "1.5")), 400);
        assertProblem(syndic.post(path, share(second, "0.1234567")), 400);
        assertProblem(syndic.post(path, share("nope", "0.1")), 400);
    }

    /** KoproGo's {@code PUT unit-owners/{id}}: a share's fraction and primary contact change in place. */
    @Test
    void aShareChangesByItsOwnId() throws Exception {
        String unit = Property.unitId(syndic, Property.buildingId(syndic));
        String path = "/api/v1/units/" + unit + "/owners";
        String first = syndic.created(path, share(Property.ownerId(syndic), "0.5").replace("false", "true"))
                .getString("id");
        String second = syndic.created(path, share(Property.ownerId(syndic), "0.3")).getString("id");

        HttpResponse<String> grown = syndic.put("/api/v1/unit-owners/" + second, "{\"ownership_percentage\":0.5}");
        assertEquals(200, grown.statusCode(), grown.body());
        assertEquals(0, new BigDecimal("0.5").compareTo(Http.json(grown).getJsonNumber("ownership_percentage")
                .bigDecimalValue()));
        JsonObject tooMuch = assertProblem(syndic.put("/api/v1/unit-owners/" + second,
                "{\"ownership_percentage\":0.500001}"), 409);
        assertTrue(tooMuch.getString("detail").contains("100.0001%"), tooMuch.toString());

        HttpResponse<String> primary = syndic.put("/api/v1/unit-owners/" + second, "{\"is_primary_contact\":true}");
        assertEquals(200, primary.statusCode(), primary.body());
        List<JsonObject> shares = Http.jsonArray(syndic.get(path)).getValuesAs(JsonObject.class);
        assertEquals(List.of(second), shares.stream().filter(s -> s.getBoolean("is_primary_contact"))
                .map(s -> s.getString("id")).toList(), "one primary contact per unit");

        assertProblem(syndic.put("/api/v1/unit-owners/" + second, "{}"), 400);
        assertProblem(syndic.put("/api/v1/unit-owners/" + second, "{\"ownership_percentage\":0}"), 400);
        assertProblem(syndic.createUser("accountant").put("/api/v1/unit-owners/" + second,
                "{\"is_primary_contact\":false}"), 403);
        assertProblem(admin.newOrganizationSyndic().put("/api/v1/unit-owners/" + second,
                "{\"is_primary_contact\":false}"), 404);
        String firstOwner = shares.stream().filter(s -> s.getString("id").equals(first)).findFirst().orElseThrow()
                .getString("owner_id");
        syndic.delete(path + "/" + firstOwner);
        assertProblem(syndic.put("/api/v1/unit-owners/" + first, "{\"ownership_percentage\":0.1}"), 409);
    }

    /** Concurrent grants that together pass 100 %: exactly one wins, round after round. */
    @Test
    void racingGrantsNeverPassOneHundredPercent() throws Exception {
        for (int round = 0; round < 5; round++) {
            String unit = Property.unitId(syndic, Property.buildingId(syndic));
            assertEquals(1, GrantRace.run(unit, Collections.nCopies(6, syndic), "0.6"), "round " + round);
            JsonObject total = Http.json(syndic.get("/api/v1/units/" + unit + "/owners/total-percentage"));
            assertEquals(0, new BigDecimal("0.6").compareTo(
                    total.getJsonNumber("total_ownership_percentage").bigDecimalValue()));
        }
    }

    @Test
    void anOwnerReadsOnlyWhereItHoldsAShare() throws Exception {
        String held = Property.buildingId(syndic);
        String notHeld = Property.buildingId(syndic);
        String unit = Property.unitId(syndic, held);
        String otherUnit = Property.unitId(syndic, notHeld);
        String ownerId = Property.ownerId(syndic);
        String someoneElse = Property.ownerId(syndic);
        Api user = syndic.createUser("owner");

        assertTrue(ids(user.get("/api/v1/buildings")).isEmpty(), "no share yet, nothing to read");
        assertProblem(user.get("/api/v1/owners/me"), 404);
        HttpResponse<String> linked = syndic.put("/api/v1/owners/" + ownerId + "/link-user",
                "{\"user_id\":\"" + user.userId() + "\"}");
        assertEquals(200, linked.statusCode(), linked.body());
        assertProblem(syndic.put("/api/v1/owners/" + someoneElse + "/link-user",
                "{\"user_id\":\"" + user.userId() + "\"}"), 409);
        assertProblem(syndic.put("/api/v1/owners/" + someoneElse + "/link-user",
                "{\"user_id\":\"" + syndic.userId() + "\"}"), 400);
        syndic.created("/api/v1/units/" + unit + "/owners", share(ownerId, "0.5"));
        String expense = syndic.created("/api/v1/expenses", Property.expense(held, "10")).getString("id");
        String hidden = syndic.created("/api/v1/expenses", Property.expense(notHeld, "10")).getString("id");

        assertEquals(List.of(held), ids(user.get("/api/v1/buildings")));
        assertEquals(200, user.get("/api/v1/buildings/" + held).statusCode());
        assertProblem(user.get("/api/v1/buildings/" + notHeld), 404);
        assertEquals(List.of(unit), ids(user.get("/api/v1/units")));
        assertProblem(user.get("/api/v1/units/" + otherUnit), 404);
        assertEquals(List.of(expense), ids(user.get("/api/v1/expenses")));
        assertProblem(user.get("/api/v1/expenses/" + hidden), 404);
        assertProblem(user.get("/api/v1/buildings/" + notHeld + "/expenses"), 404);
        assertEquals(List.of(ownerId), ids(user.get("/api/v1/owners")), "itself only");
        assertEquals(ownerId, Http.json(user.get("/api/v1/owners/me")).getString("id"));
        assertProblem(user.get("/api/v1/owners/" + someoneElse), 404);
        assertEquals(200, user.get("/api/v1/units/" + unit + "/owners").statusCode());
        assertProblem(user.get("/api/v1/units/" + otherUnit + "/owners"), 404);

        assertProblem(user.post("/api/v1/units/" + unit + "/owners", share(someoneElse, "0.1")), 403);
        assertProblem(user.post("/api/v1/expenses", Property.expense(held, "10")), 403);
        assertProblem(user.put("/api/v1/buildings/" + held, Property.building(1000)), 403);

        syndic.delete("/api/v1/units/" + unit + "/owners/" + ownerId);
        assertTrue(ids(user.get("/api/v1/buildings")).isEmpty(), "the share ended, so did the access");
    }

    @Test
    void anotherOrganizationsOwnersAndUnitsAreAbsent() throws Exception {
        Api other = admin.newOrganizationSyndic();
        String unit = Property.unitId(syndic, Property.buildingId(syndic));
        String owner = Property.ownerId(syndic);
        String theirs = Property.ownerId(other);

        assertProblem(other.get("/api/v1/owners/" + owner), 404);
        assertProblem(other.put("/api/v1/owners/" + owner, owner("X", "x" + Property.unique() + "@example.com")), 404);
        assertProblem(other.delete("/api/v1/owners/" + owner), 404);
        assertProblem(other.get("/api/v1/owners/" + owner + "/units"), 404);
        assertFalse(ids(other.get("/api/v1/owners?per_page=100")).contains(owner));
        assertProblem(other.get("/api/v1/units/" + unit + "/owners"), 404);
        assertProblem(other.get("/api/v1/units/" + unit + "/owners/total-percentage"), 404);
        assertProblem(other.post("/api/v1/units/" + unit + "/owners", share(theirs, "0.1")), 404);
        assertProblem(syndic.post("/api/v1/units/" + unit + "/owners", share(theirs, "0.1")), 404);
    }
}
