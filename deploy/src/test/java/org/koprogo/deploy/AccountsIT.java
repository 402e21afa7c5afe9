package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Belgian PCMN chart every organization reads, and each organization's own accounts. */
@ExtendWith(SharedPlatform.class)
class AccountsIT {

    final Api admin;
    final Api syndic;

    AccountsIT(RunningPlatform platform) throws Exception {
        this.admin = Api.admin(platform);
        this.syndic = admin.newOrganizationSyndic();
    }

    private static Map<String, JsonObject> byCode(Api api, String query) throws Exception {
        JsonObject page = Http.json(api.get("/api/v1/accounts?per_page=100" + query));
        return page.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(account -> account.getString("code"), account -> account));
    }

    @Test
    void everyOrganizationReadsTheSharedChart() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        JsonObject first = Http.json(syndic.get("/api/v1/accounts?per_page=100"));
        assertTrue(first.getJsonObject("pagination").getInt("total_items") >= 90, first.toString());
        Map<String, JsonObject> chart = byCode(syndic, "");
        chart.putAll(byCode(syndic, "&page=2"));
        assertEquals("LIABILITY", chart.get("100").getString("account_type"));
        assertEquals("ASSET", chart.get("550").getString("account_type"));
        assertEquals("ASSET", chart.get("400").getString("account_type"), "class 4 receivables");
        assertEquals("LIABILITY", chart.get("440").getString("account_type"), "class 4 debts");
        assertEquals("EXPENSE", chart.get("611002").getString("account_type"));
        assertEquals("REVENUE", chart.get("700001").getString("account_type"));
        assertEquals("OFFBALANCE", chart.get("90").getString("account_type"));
        assertEquals("611", chart.get("611002").getString("parent_code"));

        assertEquals(List.of("6", "60", "604"), byCode(syndic, "&account_type=expense&sort_by=code").keySet().stream()
                .sorted().limit(3).toList());
        assertEquals(5, byCode(syndic, "&parent_code=611").size());
        JsonObject elevator = Http.json(syndic.createUser("owner").get("/api/v1/accounts/611002"));
        assertEquals("Entretien ascenseur", elevator.getString("label"));
        assertEquals(elevator, Http.json(syndic.get("/api/v1/accounts/code/611002")));
        assertProblem(syndic.get("/api/v1/accounts/999"), 404);
        assertProblem(syndic.get("/api/v1/accounts?account_type=equity"), 400);
    }

    @Test
    void anOrganizationAddsAndChangesItsOwnAccounts() throws Exception {
        Api accountant = syndic.createUser("accountant");
        Api other = admin.newOrganizationSyndic();
        JsonObject roof = accountant.created("/api/v1/accounts", """
                {"code":"611006","label":"Entretien toiture","parent_code":"611","account_type":"ASSET"}""");
        assertEquals("EXPENSE", roof.getString("account_type"), "the code decides the type");
        assertEquals(syndic.organizationId(), roof.getString("organization_id"));
        assertEquals(roof, Http.json(syndic.get("/api/v1/accounts/611006")));
        assertProblem(other.get("/api/v1/accounts/611006"), 404);
        assertFalse(byCode(other, "&parent_code=611").containsKey("611006"));
        assertEquals(201, other.post("/api/v1/accounts", "{\"code\":\"611006\",\"label\":\"Toiture\"}").statusCode(),
                "codes are unique per organization");

        assertProblem(accountant.post("/api/v1/accounts", "{\"code\":\"611006\",\"label\":\"Twice\"}"), 409);
        assertProblem(accountant.post("/api/v1/accounts", "{\"code\":\"611002\",\"label\":\"Shared\"}"), 409);
        assertProblem(accountant.post("/api/v1/accounts", "{\"code\":\"611007\",\"label\":\"X\",\"parent_code\":\"6119\"}"),
                400);
        assertProblem(accountant.post("/api/v1/accounts", "{\"code\":\"A1\",\"label\":\"X\"}"), 400);
        assertProblem(accountant.post("/api/v1/accounts", "{\"code\":\"6111\"}"), 400);
        assertProblem(syndic.createUser("owner").post("/api/v1/accounts", "{\"code\":\"6112\",\"label\":\"X\"}"), 403);

        String tag = syndic.get("/api/v1/accounts/611006").headers().firstValue("ETag").orElseThrow();
        JsonObject renamed = Http.json(syndic.put("/api/v1/accounts/611006",
                "{\"label\":\"Entretien de la toiture\",\"parent_code\":\"611\",\"direct_use\":false}"));
        assertEquals("Entretien de la toiture", renamed.getString("label"));
        assertFalse(renamed.getBoolean("direct_use"));
        JsonObject reread = Http.json(accountant.get("/api/v1/accounts/611006"));
        assertEquals("Entretien de la toiture", reread.getString("label"), "the cache saw the write");
        assertFalse(reread.getBoolean("direct_use"));
        assertProblem(Http.send(HttpRequest.newBuilder(syndic.uri("/api/v1/accounts/611006"))
                .header("Authorization", "Bearer " + syndic.token()).header("Content-Type", "application/json")
                .header("If-Match", tag).PUT(HttpRequest.BodyPublishers.ofString("{\"label\":\"Stale\"}"))), 412);
        assertProblem(syndic.put("/api/v1/accounts/611002", "{\"label\":\"Mine now\"}"), 403);
        assertProblem(syndic.put("/api/v1/accounts/611006", "{\"code\":\"611008\",\"label\":\"X\"}"), 400);
    }

    @Test
    void aSuperadminMaintainsTheSharedChart() throws Exception {
        String code = "7" + (int) (Math.random() * 1_000_000);
        JsonObject shared = admin.created("/api/v1/accounts", "{\"code\":\"%s\",\"label\":\"Produits divers\",\"parent_code\":\"7\"}"
                .formatted(code));
        assertFalse(shared.containsKey("organization_id"), "no organization: the shared chart");
        assertEquals("REVENUE", shared.getString("account_type"));
        assertEquals(200, admin.newOrganizationSyndic().get("/api/v1/accounts/" + code).statusCode(),
                "every organization sees it at once");
        assertEquals("Produits divers (révisé)", Http.json(admin.put("/api/v1/accounts/" + code,
                "{\"label\":\"Produits divers (révisé)\",\"parent_code\":\"7\"}")).getString("label"));
        assertEquals("Produits divers (révisé)",
                Http.json(syndic.get("/api/v1/accounts/" + code)).getString("label"));
    }
}
