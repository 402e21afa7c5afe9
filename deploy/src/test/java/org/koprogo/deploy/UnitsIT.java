package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;
import static org.koprogo.deploy.Property.bareIds;
import static org.koprogo.deploy.Property.ids;
import static org.koprogo.deploy.Property.unit;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Units of module-buildings: CRUD, the tantièmes rule, filters, roles and tenancy. */
@ExtendWith(SharedPlatform.class)
class UnitsIT {

    final Api admin;
    final Api syndic;

    UnitsIT(RunningPlatform platform) throws Exception {
        this.admin = Api.admin(platform);
        this.syndic = admin.newOrganizationSyndic();
    }

    @Test
    void createReadUpdateDeleteWithVersions() throws Exception {
        String building = Property.buildingId(syndic);
        JsonObject created = syndic.created("/api/v1/units", unit(building, "T101", "Apartment", "150.5"));
        String id = created.getString("id");
        assertEquals("Apartment", created.getString("unit_type"), "emitted as KoproGo spells it");
        assertEquals(0, new BigDecimal("150.5").compareTo(created.getJsonNumber("quota").bigDecimalValue()));
        assertEquals(syndic.organizationId(), created.getString("organization_id"), "the building's organization");

        HttpResponse<String> read = syndic.get("/api/v1/units/" + id);
        String tag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.send(HttpRequest.newBuilder(syndic.uri("/api/v1/units/" + id))
                .header("Authorization", "Bearer " + syndic.token()).header("If-None-Match", tag)).statusCode());

        HttpResponse<String> updated = syndic.put("/api/v1/units/" + id, unit(building, "T101", "commercial", "200"));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Commercial", Http.json(updated).getString("unit_type"), "accepted in any case");
        assertProblem(Http.send(HttpRequest.newBuilder(syndic.uri("/api/v1/units/" + id))
                .header("Authorization", "Bearer " + syndic.token()).header("If-Match", tag)
                .DELETE()), 412);
        assertProblem(syndic.put("/api/v1/units/" + id, unit(Property.buildingId(syndic), "T101", "Other", "1")), 400);

        assertEquals(204, syndic.delete("/api/v1/units/" + id).statusCode());
        assertProblem(syndic.get("/api/v1/units/" + id), 404);
    }

    @Test
    void quotasNeverExceedTheBuildingsTantiemes() throws Exception {
        String building = syndic.created("/api/v1/buildings", Property.building(1000)).getString("id");
        String tag = syndic.get("/api/v1/buildings/" + building).headers().firstValue("ETag").orElseThrow();
        syndic.created("/api/v1/units", unit(building, "A1", "Apartment", "600"));
        String second = syndic.created("/api/v1/units", unit(building, "A2", "Apartment", "400")).getString("id");
        JsonObject refused = assertProblem(syndic.post("/api/v1/units", unit(building, "A3", "Parking", "0.5")), 409);
        assertTrue(refused.getString("detail").contains("1000"), refused.toString());
        assertProblem(syndic.put("/api/v1/units/" + second, unit(building, "A2", "Apartment", "400.001")), 409);
        assertEquals(200, syndic.put("/api/v1/units/" + second, unit(building, "A2", "Apartment", "300")).statusCode());
        assertEquals(tag, syndic.get("/api/v1/buildings/" + building).headers().firstValue("ETag").orElseThrow(),
                "unit writes change what the units hold, not the building's version");

        String lower = Property.building(900).replace("\"total_tantiemes\":900", "\"total_tantiemes\":899");
        assertProblem(syndic.put("/api/v1/buildings/" + building, lower), 409);
        assertEquals(200, syndic.put("/api/v1/buildings/" + building, Property.building(900)).statusCode());

        assertProblem(syndic.post("/api/v1/units", unit(building, "A1", "Cellar", "1")), 409);
        assertProblem(syndic.delete("/api/v1/buildings/" + building), 409);
    }

    @Test
    void listsFilterByBuildingAndType() throws Exception {
        String first = Property.buildingId(syndic);
        String second = Property.buildingId(syndic);
        String flat = syndic.created("/api/v1/units", unit(first, "F1", "Apartment", "10")).getString("id");
        String parking = syndic.created("/api/v1/units", unit(first, "P1", "Parking", "10")).getString("id");
        String elsewhere = syndic.created("/api/v1/units", unit(second, "F1", "Apartment", "10")).getString("id");

        assertEquals(List.of(flat, parking), ids(syndic.get("/api/v1/units?building_id=" + first)));
        assertEquals(List.of(parking), ids(syndic.get("/api/v1/units?building_id=" + first
                + "&unit_type=parking")));
        assertEquals(List.of(flat, parking), bareIds(syndic.get("/api/v1/buildings/" + first + "/units")));
        assertTrue(ids(syndic.get("/api/v1/units?unit_type=Apartment&per_page=100")).contains(elsewhere));
        assertProblem(syndic.get("/api/v1/units?unit_type=castle"), 400);
        assertProblem(syndic.get("/api/v1/units?building_id=12"), 400);
        assertProblem(syndic.get("/api/v1/units?sort_by=quota"), 400);
    }

    @Test
    void anotherOrganizationsUnitsAndBuildingsAreAbsent() throws Exception {
        Api other = admin.newOrganizationSyndic();
        String building = Property.buildingId(syndic);
        String id = Property.unitId(syndic, building);

        assertProblem(other.get("/api/v1/units/" + id), 404);
        assertProblem(other.put("/api/v1/units/" + id, unit(building, "X", "Other", "1")), 404);
        assertProblem(other.delete("/api/v1/units/" + id), 404);
        assertProblem(other.post("/api/v1/units", unit(building, "X", "Other", "1")), 404);
        assertProblem(other.get("/api/v1/buildings/" + building + "/units"), 404);
        assertFalse(ids(other.get("/api/v1/units?per_page=100")).contains(id));
        assertTrue(ids(other.get("/api/v1/units?building_id=" + building)).isEmpty());
    }

    @Test
    void onlySyndicsAndSuperadminsWriteUnits() throws Exception {
        String building = Property.buildingId(syndic);
        Api accountant = syndic.createUser("accountant");
        assertProblem(accountant.post("/api/v1/units", unit(building, "X1", "Other", "1")), 403);
        assertEquals(200, accountant.get("/api/v1/units?building_id=" + building).statusCode());
        assertProblem(syndic.createUser("owner").post("/api/v1/units", unit(building, "X1", "Other", "1")), 403);
        JsonObject byAdmin = admin.created("/api/v1/units", unit(building, "X2", "Other", "1"));
        assertEquals(syndic.organizationId(), byAdmin.getString("organization_id"));
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        String building = Property.buildingId(syndic);
        String[][] cases = {
                {unit(building, "B1", "Apartment", "-5"), "#/quota"},
                {unit(building, "B1", "Apartment", "0"), "#/quota"},
                {unit(building, "B1", "Apartment", "1.2345"), "#/quota"},
                {unit(building, "B1", "Apartment", "\"ten\""), "#/quota"},
                {unit(building, "B1", "Castle", "10"), "#/unit_type"},
                {unit(building, "x".repeat(51), "Apartment", "10"), "#/unit_number"},
                {unit("not-a-uuid", "B1", "Apartment", "10"), "#/building_id"},
                {"{\"unit_number\":\"B1\",\"unit_type\":\"Apartment\",\"surface_area\":10,\"quota\":1}",
                        "#/building_id"},
                {unit(building, "B1", "Apartment", "10").replace("85.5", "0"), "#/surface_area"},
                {unit(building, "B1", "Apartment", "10").replace("\"floor\":2", "\"floor\":2.5"), "#/floor"},
        };
        for (String[] bad : cases) {
            JsonObject problem = assertProblem(syndic.post("/api/v1/units", bad[0]), 400);
            assertTrue(problem.toString().contains(bad[1]), () -> bad[0] + " → " + problem);
        }
        assertProblem(syndic.post("/api/v1/units", "{\"building_id\":"), 400);
        assertProblem(syndic.get("/api/v1/units/not-a-uuid"), 404);
    }
}
