package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.koprogo.deploy.Problems.assertProblem;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * KoproGo's dashboards (module-stats) over organizations built here with known data: every figure exactly, each
 * role's scope, nothing from another organization.
 */
@ExtendWith(SharedPlatform.class)
class StatsIT {

    static final String SYNDIC = "/api/v1/stats/syndic";
    static final String TASKS = "/api/v1/stats/syndic/urgent-tasks";
    static final String OWNER = "/api/v1/stats/owner";
    static final String DASHBOARD = "/api/v1/stats/dashboard";
    static final String SEED = "/api/v1/stats/seed-data";

    final RunningPlatform platform;
    final Api admin;

    StatsIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
    }

    @Test
    void aSyndicAndItsAccountantReadTheirOrganizationsFiguresOnly() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String first = Property.buildingId(syndic);
        String second = Property.buildingId(syndic);
        String shared = Property.unitId(syndic, first);
        String whole = Property.unitId(syndic, first);
        String sold = Property.unitId(syndic, second);
        String jean = Property.ownerId(syndic);
        String anne = Property.ownerId(syndic);
        Property.ownerId(syndic); // holds nothing: not among the holders
        syndic.created(shares(shared), Property.share(jean, "0.6"));
        syndic.created(shares(shared), Property.share(anne, "0.4"));
        syndic.created(shares(whole), Property.share(jean, "1"));
        syndic.created(shares(sold), Property.share(anne, "1"));
        assertEquals(200, syndic.delete(shares(sold) + "/" + anne).statusCode(), "an ended share is history");
        expense(syndic, first, "120.50", "2026-11-01T00:00:00Z");
        expense(syndic, second, "80.25", "2026-11-02T00:00:00Z");
        String paid = expense(syndic, first, "30.00", "2026-11-03T00:00:00Z");
        for (String step : List.of("submit", "approve", "mark-paid")) {
            assertEquals(200, syndic.put("/api/v1/expenses/" + paid + "/" + step, null).statusCode(), step);
        }
        assertEquals(200, syndic.put("/api/v1/expenses/" + expense(syndic, second, "999.99",
                "2026-11-04T00:00:00Z") + "/cancel", null).statusCode());
        Api elsewhere = admin.newOrganizationSyndic();
        expense(elsewhere, Property.buildingId(elsewhere), "5000.00", "2026-11-05T00:00:00Z");

        JsonObject expected = syndicFigures(2, 3, 2, 2, "200.75");
        assertEquals(expected, figures(syndic, SYNDIC));
        assertEquals(expected, figures(syndic.createUser("accountant"), SYNDIC));
        assertEquals(expected, figures(syndic, SYNDIC + "?organization_id=" + elsewhere.organizationId()),
                "a syndic cannot choose another organization");
        assertEquals(expected, figures(admin, SYNDIC + "?organization_id=" + syndic.organizationId()));
        assertEquals(syndicFigures(0, 0, 0, 0, "0"), figures(admin, SYNDIC), "a superadmin belongs to none");
        assertEquals(syndicFigures(1, 0, 0, 1, "5000.00"), figures(elsewhere, SYNDIC));
        assertProblem(admin.get(SYNDIC + "?organization_id=nope"), 400);
    }

    @Test
    void urgentTasksAreTheFiveOldestOverdueExpensesThenOneReminderOfLongPendingPayments() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String building = Property.buildingId(syndic);
        String name = Http.json(syndic.get("/api/v1/buildings/" + building)).getString("name");
        List<String> overdue = List.of(
                expense(syndic, building, "310.00", "2025-06-01T00:00:00Z"),
                expense(syndic, building, "1250.50", "2025-01-10T00:00:00Z"),
                expense(syndic, building, "42.00", "2025-09-15T00:00:00Z"),
                expense(syndic, building, "99.90", "2025-03-20T00:00:00Z"),
                expense(syndic, building, "7.00", "2025-12-24T00:00:00Z"),
                expense(syndic, building, "60.00", "2026-01-05T00:00:00Z"));
        expense(syndic, building, "15.00", "2026-02-01T00:00:00Z");
        expense(syndic, building, "25.00", "2026-05-01T00:00:00Z");
        expense(syndic, building, "35.00", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        Api elsewhere = admin.newOrganizationSyndic();
        String theirs = expense(elsewhere, Property.buildingId(elsewhere), "1.00", "2020-01-01T00:00:00Z");
        markOverdue(overdue);
        markOverdue(List.of(theirs));

        JsonArray tasks = Http.jsonArray(syndic.get(TASKS));

        assertEquals(6, tasks.size(), tasks.toString());
        List<String[]> oldestFirst = List.of(new String[] {"1250.50", "2025-01-10T00:00:00Z", overdue.get(1)},
                new String[] {"99.90", "2025-03-20T00:00:00Z", overdue.get(3)},
                new String[] {"310.00", "2025-06-01T00:00:00Z", overdue.get(0)},
                new String[] {"42.00", "2025-09-15T00:00:00Z", overdue.get(2)},
                new String[] {"7.00", "2025-12-24T00:00:00Z", overdue.get(4)});
        for (int n = 0; n < 5; n++) {
            JsonObject task = tasks.getJsonObject(n);
            assertEquals("expense", task.getString("task_type"));
            assertEquals("Charge en retard - " + oldestFirst.get(n)[0] + "€", task.getString("title"));
            assertEquals("Entretien", task.getString("description"));
            assertEquals("urgent", task.getString("priority"));
            assertEquals(name, task.getString("building_name"));
            assertEquals(oldestFirst.get(n)[2], task.getString("entity_id"));
            assertEquals(OffsetDateTime.parse(oldestFirst.get(n)[1]),
                    OffsetDateTime.parse(task.getString("due_date")));
        }
        JsonObject reminder = tasks.getJsonObject(5);
        assertEquals("Relance paiements", reminder.getString("title"));
        assertEquals("2 charges en attente depuis plus de 30 jours", reminder.getString("description"),
                "the one of today is not late yet; overdue ones are not pending");
        assertEquals("high", reminder.getString("priority"));
        for (String member : List.of("building_name", "entity_id", "due_date")) {
            assertEquals(JsonValue.NULL, reminder.get(member), member + " is sent as null, as KoproGo did");
        }
        assertEquals(tasks, Http.jsonArray(syndic.createUser("accountant").get(TASKS)));
        assertEquals(tasks, Http.jsonArray(admin.get(TASKS + "?organization_id=" + syndic.organizationId())));
        assertEquals(0, Http.jsonArray(admin.get(TASKS)).size());
        JsonArray theirTasks = Http.jsonArray(elsewhere.get(TASKS));
        assertEquals(List.of(theirs), theirTasks.getValuesAs(JsonObject.class).stream()
                .map(task -> task.getString("entity_id")).toList());
    }

    @Test
    void anOwnerReadsTheFiguresOfTheBuildingsWhereItCurrentlyHoldsAShare() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String home = Property.buildingId(syndic);
        String garage = Property.buildingId(syndic);
        String notMine = Property.buildingId(syndic);
        String flat = Property.unitId(syndic, home);
        String neighbours = Property.unitId(syndic, home);
        String box = Property.unitId(syndic, garage);
        String other = Property.unitId(syndic, notMine);
        String me = Property.ownerId(syndic);
        String neighbour = Property.ownerId(syndic);
        String stranger = Property.ownerId(syndic);
        syndic.created(shares(flat), Property.share(me, "0.5"));
        syndic.created(shares(flat), Property.share(neighbour, "0.5"));
        syndic.created(shares(neighbours), Property.share(neighbour, "1"));
        syndic.created(shares(box), Property.share(me, "1"));
        syndic.created(shares(other), Property.share(stranger, "1"));
        expense(syndic, home, "100.00", "2026-10-01T00:00:00Z");
        expense(syndic, garage, "50.00", "2026-10-02T00:00:00Z");
        expense(syndic, notMine, "999.00", "2026-10-03T00:00:00Z");
        Api owner = syndic.createUser("owner");
        assertEquals(200, syndic.put("/api/v1/owners/" + me + "/link-user",
                "{\"user_id\":\"" + owner.userId() + "\"}").statusCode());

        assertEquals(syndicFigures(2, 2, 2, 2, "150.00"), figures(owner, OWNER));
        assertEquals(200, syndic.delete(shares(box) + "/" + me).statusCode());
        assertEquals(syndicFigures(1, 1, 2, 1, "100.00"), figures(owner, OWNER), "a share ended is no longer held");

        assertEquals(syndicFigures(0, 0, 0, 0, "0"), figures(syndic.createUser("owner"), OWNER),
                "no owner record linked");
        assertEquals(syndicFigures(0, 0, 0, 0, "0"), figures(admin, OWNER));
    }

    @Test
    void eachDashboardIsForItsRolesOnly() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        Api owner = syndic.createUser("owner");
        Api accountant = syndic.createUser("accountant");
        for (String path : List.of(DASHBOARD, SEED, SYNDIC, TASKS)) {
            assertProblem(owner.get(path), 403);
        }
        for (Api member : List.of(syndic, accountant)) {
            for (String path : List.of(DASHBOARD, SEED, OWNER)) {
                assertProblem(member.get(path), 403);
            }
        }
        for (String path : List.of(DASHBOARD, SEED, SYNDIC, TASKS, OWNER)) {
            assertProblem(Api.anonymous(platform).get(path), 401);
        }
    }

    @Test
    void thePlatformsDashboardCountsEveryOrganizationsRows() throws Exception {
        JsonObject before = figures(admin, DASHBOARD);
        Api syndic = admin.newOrganizationSyndic();
        syndic.createUser("accountant");
        String building = Property.buildingId(syndic);
        Property.unitId(syndic, building);
        Property.unitId(syndic, building);
        Property.ownerId(syndic);
        expense(syndic, building, "10.00", "2026-11-01T00:00:00Z");
        String suspended = admin.newOrganizationSyndic().organizationId();
        assertEquals(200, admin.put("/api/v1/organizations/" + suspended + "/suspend", null).statusCode());

        JsonObject after = figures(admin, DASHBOARD);

        Map<String, Integer> added = Map.of("total_organizations", 2, "total_users", 3, "total_buildings", 1,
                "active_subscriptions", 1, "total_owners", 1, "total_units", 2, "total_expenses", 1,
                "total_meetings", 0);
        assertEquals(added.keySet(), after.keySet());
        added.forEach((member, count) -> assertEquals(before.getInt(member) + count, after.getInt(member), member));
    }

    /** The demo seed, planted and removed again, gives KoproGo's figures. */
    @Test
    void seedDataIsCountedApartFromTheRest() throws Exception {
        JsonObject before = figures(admin, SEED);
        int organizations = figures(admin, DASHBOARD).getInt("total_organizations");
        assertEquals(seedFigures(0, organizations, 0, 0, 0, 0, 0, 0, 0), before, "nothing seeded on this platform");
        HttpResponse<String> seeded = admin.post("/api/v1/seed/demo", "");
        assertEquals(201, seeded.statusCode(), seeded.body());
        try {
            assertEquals(seedFigures(3, organizations, 4, 4, 3, 7, 4, 3, 6), figures(admin, SEED));

            Api syndic = Api.login(platform, "syndic@grandplace.be", "syndic123");
            assertEquals(syndicFigures(2, 4, 3, 2, "8000.00"), figures(syndic, SYNDIC));
            JsonArray tasks = Http.jsonArray(syndic.get(TASKS));
            assertEquals(1, tasks.size(), tasks.toString());
            assertEquals("2 charges en attente depuis plus de 30 jours",
                    tasks.getJsonObject(0).getString("description"));
            Api pierre = Api.login(platform, "proprietaire1@grandplace.be", "owner123");
            assertEquals(syndicFigures(1, 2, 3, 1, "5000.00"), figures(pierre, OWNER));
        } finally {
            assertEquals(200, admin.delete("/api/v1/seed").statusCode());
        }
        assertEquals(before, figures(admin, SEED));
    }

    static String shares(String unit) {
        return "/api/v1/units/" + unit + "/owners";
    }

    /** A new expense (payment pending); its id. */
    static String expense(Api syndic, String building, String amount, String date) throws Exception {
        return syndic.created("/api/v1/expenses", """
                {"building_id":"%s","category":"Maintenance","description":"Entretien","amount":%s,
                 "expense_date":"%s"}""".formatted(building, amount, date)).getString("id");
    }

    /** No step of the API makes an expense overdue: a payment follow-up outside the platform would, as here. */
    void markOverdue(List<String> expenses) throws Exception {
        try (Connection connection = Psql.of(platform).connect();
             PreparedStatement overdue = connection.prepareStatement(
                     "update expenses set payment_status = 'overdue' where id = any(cast(? as uuid[]))")) {
            overdue.setString(1, "{" + String.join(",", expenses) + "}");
            assertEquals(expenses.size(), overdue.executeUpdate());
        }
    }

    static JsonObject figures(Api api, String path) throws Exception {
        HttpResponse<String> response = api.get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return Http.json(response);
    }

    /** Without a coming meeting: the demo's are past. */
    static JsonObject syndicFigures(int buildings, int units, int owners, int pending, String amount) {
        return Json.createObjectBuilder().add("total_buildings", buildings).add("total_units", units)
                .add("total_owners", owners).add("pending_expenses_count", pending)
                .add("pending_expenses_amount", new BigDecimal(amount)).build();
    }

    static JsonObject seedFigures(int organizations, int all, int buildings, int units, int owners, int shares,
                                  int expenses, int meetings, int users) {
        return Json.createObjectBuilder().add("seed_organizations", organizations)
                .add("production_organizations", all).add("seed_buildings", buildings)
                .add("seed_units", units).add("seed_owners", owners).add("seed_unit_owners", shares)
                .add("seed_expenses", expenses).add("seed_meetings", meetings).add("seed_users", users).build();
    }
}
