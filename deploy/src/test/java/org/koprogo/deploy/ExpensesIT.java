package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;
import static org.koprogo.deploy.Property.expense;
import static org.koprogo.deploy.Property.bareIds;
import static org.koprogo.deploy.Property.ids;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Expenses of module-expenses: KoproGo's bodies, the approval and payment workflow, filters, roles, tenancy. */
@ExtendWith(SharedPlatform.class)
class ExpensesIT {

    final Api admin;
    final Api syndic;

    ExpensesIT(RunningPlatform platform) throws Exception {
        this.admin = Api.admin(platform);
        this.syndic = admin.newOrganizationSyndic();
    }

    @Test
    void koproGosRealisticBodyIsAcceptedAsIs() throws Exception {
        String building = Property.buildingId(syndic);
        JsonObject created = syndic.created("/api/v1/expenses", """
                {"organization_id":"%s","building_id":"%s","category":"Maintenance","description":"Entretien mensuel",
                 "amount":150.50,"expense_date":"2025-10-30T00:00:00Z","payment_status":"Pending",
                 "supplier":"Maintenance Plus","invoice_number":"INV-1"}""".formatted(admin.userId(), building));
        assertEquals(syndic.organizationId(), created.getString("organization_id"));
        assertEquals(0, new BigDecimal("150.50").compareTo(created.getJsonNumber("amount").bigDecimalValue()));
        assertEquals("150.50", created.getJsonNumber("amount").toString(), "money keeps its cents, never a float");
        assertEquals("2025-10-30T00:00:00Z", created.getString("expense_date"));
        assertEquals("Draft", created.getString("approval_status"));
        assertEquals("Pending", created.getString("payment_status"));
        assertEquals("Maintenance", created.getString("category"));
    }

    @Test
    void theWorkflowFollowsItsRules() throws Exception {
        Api accountant = syndic.createUser("accountant");
        String id = accountant.created("/api/v1/expenses", expense(Property.buildingId(syndic), "99.99"))
                .getString("id");
        String path = "/api/v1/expenses/" + id;

        assertProblem(accountant.put(path + "/mark-paid", null), 409);
        assertProblem(accountant.put(path + "/approve", null), 403);
        assertEquals("PendingApproval", Http.json(accountant.put(path + "/submit", null)).getString("approval_status"));
        assertProblem(accountant.put(path + "/submit", null), 409);
        assertProblem(accountant.put(path, expense(Property.buildingId(syndic), "1")), 409);
        assertProblem(accountant.put(path + "/approve", null), 403);
        assertProblem(syndic.put(path + "/reject", "{}"), 400);

        JsonObject rejected = Http.json(syndic.put(path + "/reject", "{\"rejection_reason\":\"Facture illisible\"}"));
        assertEquals("Rejected", rejected.getString("approval_status"));
        assertEquals("Facture illisible", rejected.getString("rejection_reason"));
        HttpResponse<String> edited = accountant.put(path, expense(rejected.getString("building_id"), "89.99"));
        assertEquals(200, edited.statusCode(), edited.body());
        accountant.post(path + "/submit-for-approval", null);
        JsonObject approved = Http.json(syndic.post(path + "/approve", null));
        assertEquals("Approved", approved.getString("approval_status"));
        assertEquals(syndic.userId(), approved.getString("approved_by"));
        assertFalse(approved.containsKey("rejection_reason"), "cleared when submitted again");

        JsonObject paid = Http.json(accountant.put(path + "/mark-paid", null));
        assertEquals("Paid", paid.getString("payment_status"));
        assertTrue(paid.containsKey("paid_date"));
        assertProblem(accountant.put(path + "/mark-paid", null), 409);
        assertProblem(accountant.post(path + "/cancel", null), 409);
        assertProblem(accountant.put(path + "/archive", null), 404);

        String other = syndic.created("/api/v1/expenses", expense(Property.buildingId(syndic), "5")).getString("id");
        assertEquals("Cancelled", Http.json(syndic.post("/api/v1/expenses/" + other + "/cancel", null))
                .getString("payment_status"));
        assertProblem(syndic.put("/api/v1/expenses/" + other + "/submit", null), 409);
    }

    @Test
    void aStaleIfMatchIsRefused() throws Exception {
        String id = syndic.created("/api/v1/expenses", expense(Property.buildingId(syndic), "12")).getString("id");
        String tag = syndic.get("/api/v1/expenses/" + id).headers().firstValue("ETag").orElseThrow();
        syndic.put("/api/v1/expenses/" + id + "/submit", null);
        assertProblem(Http.send(HttpRequest.newBuilder(syndic.uri("/api/v1/expenses/" + id + "/approve"))
                .header("Authorization", "Bearer " + syndic.token()).header("If-Match", tag)
                .PUT(HttpRequest.BodyPublishers.noBody())), 412);
    }

    @Test
    void listsFilter() throws Exception {
        String building = Property.buildingId(syndic);
        String maintenance = syndic.created("/api/v1/expenses", expense(building, "10")).getString("id");
        String insurance = syndic.created("/api/v1/expenses", expense(building, "20")
                .replace("Maintenance\"", "Insurance\"").replace("2025-10-30", "2025-06-01")).getString("id");
        syndic.put("/api/v1/expenses/" + insurance + "/submit", null);
        String base = "/api/v1/expenses?building_id=" + building;

        assertEquals(List.of(insurance, maintenance), ids(syndic.get(base)));
        assertEquals(List.of(maintenance, insurance), ids(syndic.get(base + "&sort_by=amount&order=asc")));
        assertEquals(List.of(insurance), ids(syndic.get(base + "&category=insurance")));
        assertEquals(List.of(insurance), ids(syndic.get(base + "&approval_status=pending_approval")));
        assertEquals(List.of(maintenance), ids(syndic.get(base + "&approval_status=Draft&payment_status=pending")));
        assertEquals(List.of(maintenance), ids(syndic.get(base + "&date_from=2025-10-30&date_to=2025-10-30")));
        assertEquals(List.of(insurance), ids(syndic.get(base + "&date_to=2025-06-01T00:00:00Z")));
        assertEquals(List.of(insurance, maintenance),
                bareIds(syndic.get("/api/v1/buildings/" + building + "/expenses")));
        assertProblem(syndic.get(base + "&category=food"), 400);
        assertProblem(syndic.get(base + "&date_from=yesterday"), 400);
        assertProblem(syndic.get(base + "&sort_by=description"), 400);
    }

    @Test
    void anotherOrganizationsExpensesAndBuildingsAreAbsent() throws Exception {
        Api other = admin.newOrganizationSyndic();
        String building = Property.buildingId(syndic);
        String id = syndic.created("/api/v1/expenses", expense(building, "10")).getString("id");

        assertProblem(other.get("/api/v1/expenses/" + id), 404);
        assertProblem(other.put("/api/v1/expenses/" + id, expense(building, "1")), 404);
        assertProblem(other.put("/api/v1/expenses/" + id + "/submit", null), 404);
        assertProblem(other.post("/api/v1/expenses", expense(building, "1")), 404);
        assertProblem(other.get("/api/v1/buildings/" + building + "/expenses"), 404);
        assertFalse(ids(other.get("/api/v1/expenses?per_page=100")).contains(id));
        assertProblem(syndic.put("/api/v1/expenses/" + id, expense(Property.buildingId(other), "1")), 404);
        assertEquals(syndic.organizationId(),
                admin.created("/api/v1/expenses", expense(building, "3")).getString("organization_id"),
                "a superadmin's expense belongs to its building's organization");
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        String building = Property.buildingId(syndic);
        String good = expense(building, "10");
        String[][] cases = {
                {good.replace("\"amount\":10", "\"amount\":-10"), "#/amount"},
                {good.replace("\"amount\":10", "\"amount\":0"), "#/amount"},
                {good.replace("\"amount\":10", "\"amount\":10.005"), "#/amount"},
                {good.replace("\"amount\":10", "\"amount\":\"10\""), "#/amount"},
                {good.replace("\"amount\":10", "\"amount\":1e20"), "#/amount"},
                {good.replace("Maintenance\"", "Food\""), "#/category"},
                {good.replace("2025-10-30T00:00:00Z", "30/10/2025"), "#/expense_date"},
                {good.replace("\"2025-10-30T00:00:00Z\"", "1761782400"), "#/expense_date"},
                {good.replace("\"Entretien mensuel\"", "12"), "#/description"},
                {good.replace(building, "123"), "#/building_id"},
                {good.replace("Entretien mensuel", "x".repeat(5000)), "#/description"},
                {good.replace("\"description\":\"Entretien mensuel\",", ""), "#/description"},
                {good.replace("\"supplier\"", "\"account_code\":\"abc\",\"supplier\""), "#/account_code"},
                {good.replace("\"supplier\"", "\"account_code\":\"999999\",\"supplier\""), "#/account_code"},
        };
        for (String[] bad : cases) {
            JsonObject problem = assertProblem(syndic.post("/api/v1/expenses", bad[0]), 400);
            assertTrue(problem.toString().contains(bad[1]), () -> bad[0] + " → " + problem);
        }
        assertProblem(syndic.post("/api/v1/expenses", "{\"amount\": 10,,}"), 400);
        assertProblem(syndic.post("/api/v1/expenses", "[]"), 400);
        assertProblem(syndic.send("POST", "/api/v1/expenses", "text/plain", good), 415);
        assertEquals("611002", syndic.created("/api/v1/expenses",
                good.replace("\"supplier\"", "\"account_code\":\"611002\",\"supplier\"")).getString("account_code"));
    }

    @Test
    void aRetriedPostCreatesOnce() throws Exception {
        String body = expense(Property.buildingId(syndic), "42.42");
        HttpRequest.Builder request = HttpRequest.newBuilder(syndic.uri("/api/v1/expenses"))
                .header("Authorization", "Bearer " + syndic.token()).header("Content-Type", "application/json")
                .header("Idempotency-Key", "expense-" + Property.unique())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> first = Http.send(request);
        HttpResponse<String> retry = Http.send(request);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode());
        assertEquals(Http.json(first).getString("id"), Http.json(retry).getString("id"));
        assertProblem(Http.send(request.POST(HttpRequest.BodyPublishers.ofString(body.replace("42.42", "1")))), 422);
    }
}
