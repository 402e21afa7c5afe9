package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;
import static org.koprogo.deploy.Property.bareIds;
import static org.koprogo.deploy.Property.ids;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * General assemblies of module-meetings: KoproGo's bodies, every step of a meeting's life and the rules that
 * refuse a wrong one, filters and the per-building list, roles and tenancy, ETags, and the dashboards.
 */
@ExtendWith(SharedPlatform.class)
class MeetingsIT {

    static final String MEETINGS = "/api/v1/meetings";

    final RunningPlatform platform;
    final Api admin;
    final Api syndic;

    MeetingsIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
        this.syndic = admin.newOrganizationSyndic();
    }

    /**
     * As KoproGo's issue describes it: with organization_id (which the building overrides: here one nobody has),
     * without status.
     */
    static String meeting(String buildingId, String date) {
        return """
                {"organization_id":"%s","building_id":"%s","meeting_type":"Ordinary","title":"AG annuelle",
                 "description":"Budget","scheduled_date":"%s","location":"Salle communale"}"""
                .formatted(UUID.randomUUID(), buildingId, date);
    }

    static String meeting(String buildingId) {
        return meeting(buildingId, "2025-12-15T14:00:00Z");
    }

    static String id(JsonObject resource) {
        return resource.getString("id");
    }

    @Test
    void koproGosLoadTestBodiesAreAcceptedAsIs() throws Exception {
        String building = Property.buildingId(syndic);
        HttpResponse<String> ordinary = syndic.post(MEETINGS, """
                {"building_id":"%s","meeting_type":"Ordinary","title":"AG Ordinaire 2025",
                 "description":"Assemblée générale annuelle","scheduled_date":"2025-12-15T14:00:00Z",
                 "location":"Salle des fêtes","status":"Scheduled"}""".formatted(building));
        assertEquals(201, ordinary.statusCode(), ordinary.body());
        JsonObject created = Http.json(ordinary);
        assertEquals(platform.uri(MEETINGS + "/" + id(created)).toString(),
                ordinary.headers().firstValue("Location").orElseThrow());
        assertEquals(building, created.getString("building_id"));
        assertEquals(syndic.organizationId(), created.getString("organization_id"));
        assertEquals("Ordinary", created.getString("meeting_type"));
        assertEquals("AG Ordinaire 2025", created.getString("title"));
        assertEquals("Assemblée générale annuelle", created.getString("description"));
        assertEquals("2025-12-15T14:00:00Z", created.getString("scheduled_date"), "a past date is taken");
        assertEquals("Salle des fêtes", created.getString("location"));
        assertEquals("Scheduled", created.getString("status"));
        assertEquals(0, created.getJsonArray("agenda").size());
        assertFalse(created.containsKey("attendees_count"), "nobody attended a meeting not held");
        assertTrue(created.containsKey("created_at") && created.containsKey("updated_at"));

        JsonObject extraordinary = syndic.created(MEETINGS, """
                {"building_id":"%s","meeting_type":"Extraordinary","title":"AG Extraordinaire",
                 "description":"Travaux urgents","scheduled_date":"2025-11-20T18:00:00Z",
                 "location":"Salle polyvalente","status":"Scheduled"}""".formatted(building));
        assertEquals("Extraordinary", extraordinary.getString("meeting_type"));
        assertEquals(Http.json(syndic.get(MEETINGS + "/" + id(extraordinary))), extraordinary);

        JsonObject bySuperadmin = admin.created(MEETINGS, meeting(building));
        assertEquals(syndic.organizationId(), bySuperadmin.getString("organization_id"),
                "a meeting belongs to its building's organization");
    }

    @Test
    void aMeetingIsPreparedThenHeldAndStaysHeld() throws Exception {
        String building = Property.buildingId(syndic);
        String unit = Property.unitId(syndic, building);
        String shared = Property.unitId(syndic, building);
        String jean = Property.ownerId(syndic);
        String anne = Property.ownerId(syndic);
        syndic.created("/api/v1/units/" + unit + "/owners", Property.share(jean, "1"));
        syndic.created("/api/v1/units/" + shared + "/owners", Property.share(jean, "0.5"));
        syndic.created("/api/v1/units/" + shared + "/owners", Property.share(anne, "0.5"));
        Property.ownerId(syndic); // holds no share: not a co-owner of the building
        String path = MEETINGS + "/" + id(syndic.created(MEETINGS, meeting(building)));

        JsonObject edited = Http.json(syndic.put(path, "{\"title\":\"AG 2026\",\"location\":\"Salle B\"}"));
        assertEquals("AG 2026", edited.getString("title"));
        assertEquals("Salle B", edited.getString("location"));
        assertEquals("Budget", edited.getString("description"), "what the update does not name stays");
        assertEquals("2025-12-15T14:00:00Z", edited.getString("scheduled_date"));
        syndic.post(path + "/agenda", "{\"item\":\"Approbation des comptes\"}");
        JsonObject agenda = Http.json(syndic.post(path + "/agenda", "{\"item\":\"Budget 2026\"}"));
        assertEquals(List.of("Approbation des comptes", "Budget 2026"), strings(agenda.getJsonArray("agenda")));
        JsonObject moved = Http.json(syndic.post(path + "/reschedule", "{\"scheduled_date\":\"2026-01-10T10:00:00Z\"}"));
        assertEquals("2026-01-10T10:00:00Z", moved.getString("scheduled_date"));
        assertEquals("Scheduled", moved.getString("status"));

        JsonObject crowded = assertProblem(syndic.post(path + "/complete", "{\"attendees_count\":3}"), 409);
        assertTrue(crowded.getString("detail").contains("2 co-owners"), crowded.toString());
        JsonObject held = Http.json(syndic.post(path + "/complete", "{\"attendees_count\":2}"));
        assertEquals("Completed", held.getString("status"));
        assertEquals(2, held.getInt("attendees_count"));
        assertEquals(2, held.getJsonArray("agenda").size());

        assertProblem(syndic.post(path + "/complete", "{\"attendees_count\":1}"), 409);
        assertProblem(syndic.post(path + "/cancel", null), 409);
        assertProblem(syndic.post(path + "/reschedule", "{\"scheduled_date\":\"2026-02-01T10:00:00Z\"}"), 409);
        assertProblem(syndic.post(path + "/agenda", "{\"item\":\"Divers\"}"), 409);
        assertProblem(syndic.put(path, "{\"title\":\"Trop tard\"}"), 409);
        assertEquals(held, Http.json(syndic.get(path)), "a refused step changes nothing");
    }

    @Test
    void aCancelledMeetingIsClosedUntilRescheduled() throws Exception {
        String building = Property.buildingId(syndic);
        String path = MEETINGS + "/" + id(syndic.created(MEETINGS, meeting(building)));

        assertEquals("Cancelled", Http.json(syndic.post(path + "/cancel", null)).getString("status"));
        assertProblem(syndic.post(path + "/cancel", null), 409);
        assertProblem(syndic.post(path + "/complete", "{\"attendees_count\":0}"), 409);
        assertProblem(syndic.post(path + "/agenda", "{\"item\":\"Divers\"}"), 409);
        assertProblem(syndic.put(path, "{\"location\":\"Ailleurs\"}"), 409);

        JsonObject again = Http.json(syndic.post(path + "/reschedule", "{\"scheduled_date\":\"2026-03-01T18:00:00Z\"}"));
        assertEquals("Scheduled", again.getString("status"));
        assertEquals("2026-03-01T18:00:00Z", again.getString("scheduled_date"));
        JsonObject nobody = Http.json(syndic.post(path + "/complete", "{\"attendees_count\":0}"));
        assertEquals(0, nobody.getInt("attendees_count"), "a building without co-owners holds its meeting alone");

        assertEquals(204, syndic.delete(path).statusCode());
        assertProblem(syndic.get(path), 404);
        assertProblem(syndic.delete(path), 404);
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        String building = Property.buildingId(syndic);
        String good = meeting(building);
        String[][] cases = {
                {good.replace("\"AG annuelle\"", "\"  \""), "#/title"},
                {good.replace("\"Salle communale\"", "\"\""), "#/location"},
                {good.replace("\"location\":\"Salle communale\"", "\"floor\":1"), "#/location"},
                {good.replace("Ordinary", "Annual"), "#/meeting_type"},
                {good.replace("2025-12-15T14:00:00Z", "15/12/2025"), "#/scheduled_date"},
                {good.replace("\"building_id\":\"" + building + "\",", ""), "#/building_id"},
                {good.replace("AG annuelle", "x".repeat(300)), "#/title"},
        };
        for (String[] bad : cases) {
            JsonObject problem = assertProblem(syndic.post(MEETINGS, bad[0]), 400);
            assertTrue(problem.toString().contains(bad[1]), () -> bad[0] + " → " + problem);
        }
        String path = MEETINGS + "/" + id(syndic.created(MEETINGS, good));
        String[][] steps = {
                {"/agenda", "{\"item\":\" \"}", "#/item"},
                {"/agenda", "{}", "#/item"},
                {"/complete", "{\"attendees_count\":-1}", "#/attendees_count"},
                {"/complete", "{\"attendees_count\":\"two\"}", "#/attendees_count"},
                {"/complete", "{}", "#/attendees_count"},
                {"/reschedule", "{\"scheduled_date\":\"soon\"}", "#/scheduled_date"},
                {"/reschedule", "{}", "#/scheduled_date"},
        };
        for (String[] bad : steps) {
            JsonObject problem = assertProblem(syndic.post(path + bad[0], bad[1]), 400);
            assertTrue(problem.toString().contains(bad[2]), () -> bad[0] + " " + bad[1] + " → " + problem);
        }
        assertProblem(syndic.post(path + "/complete", null), 400);
        assertTrue(assertProblem(syndic.put(path, "{\"title\":\"\"}"), 400).toString().contains("#/title"));
        assertProblem(syndic.post(MEETINGS, good.replace(building, UUID.randomUUID().toString())), 404);
        assertTrue(assertProblem(syndic.get(MEETINGS + "?status=Postponed"), 400).toString().contains("status"));
        assertProblem(syndic.get(MEETINGS + "?building_id=nope"), 400);
        assertProblem(syndic.get(MEETINGS + "?sort_by=title"), 400);
        assertProblem(syndic.get(MEETINGS + "/nope"), 404);
        assertEquals("Scheduled", Http.json(syndic.get(path)).getString("status"), "nothing refused was applied");
    }

    @Test
    void listsFilterAndTheBuildingsListIsABareArray() throws Exception {
        String building = Property.buildingId(syndic);
        String other = Property.buildingId(syndic);
        String december = id(syndic.created(MEETINGS, meeting(building, "2025-12-15T14:00:00Z")));
        String march = id(syndic.created(MEETINGS, meeting(building, "2025-03-15T10:00:00Z")));
        String june = id(syndic.created(MEETINGS, meeting(building, "2025-06-01T10:00:00Z")));
        String elsewhere = id(syndic.created(MEETINGS, meeting(other, "2025-01-01T10:00:00Z")));
        syndic.post(MEETINGS + "/" + june + "/cancel", null);
        String base = MEETINGS + "?building_id=" + building;

        assertEquals(List.of(march, june, december), ids(syndic.get(base)), "by date, the earliest first");
        assertEquals(List.of(december, june, march), ids(syndic.get(base + "&order=desc")));
        assertEquals(List.of(june), ids(syndic.get(base + "&status=cancelled")));
        assertEquals(List.of(march, december), ids(syndic.get(base + "&status=Scheduled")));
        assertEquals(List.of(elsewhere), ids(syndic.get(MEETINGS + "?building_id=" + other)));
        JsonObject page = Http.json(syndic.get(base + "&per_page=2&page=2"));
        assertEquals(3, page.getJsonObject("pagination").getInt("total_items"));
        assertEquals(List.of(december), page.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(MeetingsIT::id).toList());

        HttpResponse<String> bare = syndic.get("/api/v1/buildings/" + building + "/meetings?per_page=2");
        assertEquals(List.of(march, june), bareIds(bare));
        assertEquals("3", bare.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(bare.headers().firstValue("Link").orElseThrow().contains("rel=\"next\""), bare.headers().map()::toString);
        assertEquals(List.of(march, june, december),
                bareIds(syndic.get("/api/v1/buildings/" + building + "/meetings")));
        assertProblem(syndic.get("/api/v1/buildings/" + UUID.randomUUID() + "/meetings"), 404);
    }

    @Test
    void everyRouteIsTheOrganizationsAndOnlyASyndicWrites() throws Exception {
        String building = Property.buildingId(syndic);
        String notHeld = Property.buildingId(syndic);
        String id = id(syndic.created(MEETINGS, meeting(building)));
        String hidden = id(syndic.created(MEETINGS, meeting(notHeld)));
        String path = MEETINGS + "/" + id;

        Api stranger = admin.newOrganizationSyndic();
        assertProblem(stranger.get(path), 404);
        assertProblem(stranger.put(path, "{\"title\":\"X\"}"), 404);
        assertProblem(stranger.delete(path), 404);
        for (String[] step : new String[][] {{"/agenda", "{\"item\":\"X\"}"}, {"/complete", "{\"attendees_count\":0}"},
                {"/cancel", null}, {"/reschedule", "{\"scheduled_date\":\"2026-01-01T10:00:00Z\"}"}}) {
            assertProblem(stranger.post(path + step[0], step[1]), 404);
        }
        assertProblem(stranger.post(MEETINGS, meeting(building)), 404);
        assertProblem(stranger.get("/api/v1/buildings/" + building + "/meetings"), 404);
        assertFalse(ids(stranger.get(MEETINGS + "?per_page=100")).contains(id));

        Api accountant = syndic.createUser("accountant");
        assertEquals(200, accountant.get(path).statusCode());
        assertTrue(ids(accountant.get(MEETINGS + "?building_id=" + building)).contains(id));
        assertProblem(accountant.post(MEETINGS, meeting(building)), 403);
        assertProblem(accountant.post(path + "/agenda", "{\"item\":\"X\"}"), 403);
        assertProblem(accountant.post(path + "/cancel", null), 403);
        assertProblem(accountant.delete(path), 403);

        Api owner = syndic.createUser("owner");
        String ownerId = Property.ownerId(syndic);
        assertEquals(200, syndic.put("/api/v1/owners/" + ownerId + "/link-user",
                "{\"user_id\":\"" + owner.userId() + "\"}").statusCode());
        syndic.created("/api/v1/units/" + Property.unitId(syndic, building) + "/owners", Property.share(ownerId, "1"));
        assertEquals(List.of(id), ids(owner.get(MEETINGS)), "an owner reads the meetings of its buildings only");
        assertEquals(200, owner.get(path).statusCode());
        assertEquals(List.of(id), bareIds(owner.get("/api/v1/buildings/" + building + "/meetings")));
        assertProblem(owner.get(MEETINGS + "/" + hidden), 404);
        assertProblem(owner.get("/api/v1/buildings/" + notHeld + "/meetings"), 404);
        assertProblem(owner.post(MEETINGS, meeting(building)), 403);
        assertProblem(owner.put(path, "{\"title\":\"X\"}"), 403);
        assertProblem(owner.post(path + "/complete", "{\"attendees_count\":1}"), 403);

        Api anonymous = Api.anonymous(platform);
        assertProblem(anonymous.get(MEETINGS), 401);
        assertProblem(anonymous.get(path), 401);
        assertProblem(anonymous.get("/api/v1/buildings/" + building + "/meetings"), 401);
        assertProblem(anonymous.post(path + "/cancel", null), 401);
        assertProblem(anonymous.delete(path), 401);

        assertEquals("Cancelled", Http.json(admin.post(path + "/cancel", null)).getString("status"),
                "a superadmin writes in any organization");
    }

    @Test
    void aWriteBasedOnAStaleCopyIsRefused() throws Exception {
        String path = MEETINGS + "/" + id(syndic.created(MEETINGS, meeting(Property.buildingId(syndic))));
        String tag = syndic.get(path).headers().firstValue("ETag").orElseThrow();
        assertEquals(304, conditional("GET", path, "If-None-Match", tag, null).statusCode());

        HttpResponse<String> added = conditional("POST", path + "/agenda", "If-Match", tag, "{\"item\":\"Budget\"}");
        assertEquals(200, added.statusCode(), added.body());
        String newTag = added.headers().firstValue("ETag").orElseThrow();
        assertFalse(newTag.equals(tag));
        assertProblem(conditional("PUT", path, "If-Match", tag, "{\"title\":\"AG\"}"), 412);
        assertProblem(conditional("POST", path + "/cancel", "If-Match", tag, null), 412);
        assertProblem(conditional("DELETE", path, "If-Match", tag, null), 412);
        assertEquals(200, conditional("PUT", path, "If-Match", newTag, "{\"title\":\"AG\"}").statusCode());
    }

    private HttpResponse<String> conditional(String method, String path, String header, String tag, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(syndic.uri(path))
                .header("Authorization", "Bearer " + syndic.token()).header(header, tag)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return Http.send(request);
    }

    @Test
    void aBuildingWithMeetingsIsNotDeletedNorIsItsOrganizationBlocked() throws Exception {
        String building = Property.buildingId(syndic);
        String meeting = MEETINGS + "/" + id(syndic.created(MEETINGS, meeting(building)));
        assertProblem(syndic.delete("/api/v1/buildings/" + building), 409);
        assertEquals(200, syndic.get(meeting).statusCode());
        assertEquals(204, syndic.delete(meeting).statusCode());
        assertEquals(204, syndic.delete("/api/v1/buildings/" + building).statusCode());

        Api doomed = admin.newOrganizationSyndic();
        String theirs = MEETINGS + "/" + id(doomed.created(MEETINGS, meeting(Property.buildingId(doomed))));
        HttpResponse<String> deleted = admin.delete("/api/v1/organizations/" + doomed.organizationId());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertProblem(admin.get(theirs), 404);
    }

    @Test
    void theDashboardShowsTheNextMeetingAndThoseToPrepareThisWeek() throws Exception {
        JsonObject before = Http.json(admin.get("/api/v1/stats/dashboard"));
        Api syndic = admin.newOrganizationSyndic();
        String building = Property.buildingId(syndic);
        String name = Http.json(syndic.get("/api/v1/buildings/" + building)).getString("name");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String inTwoDays = scheduled(syndic, building, now.plusDays(2).plusHours(1), "AG urgente");
        String inFiveDays = scheduled(syndic, building, now.plusDays(5).plusHours(1), "AG travaux");
        String inSixDays = scheduled(syndic, building, now.plusDays(6).plusHours(1), "AG budget");
        scheduled(syndic, building, now.plusDays(6).plusHours(12), "AG de trop");
        scheduled(syndic, building, now.plusDays(10), "AG lointaine");
        scheduled(syndic, building, now.minusDays(1), "AG passée");
        String cancelled = scheduled(syndic, building, now.plusDays(1), "AG annulée");
        syndic.post(MEETINGS + "/" + cancelled + "/cancel", null);
        Api elsewhere = admin.newOrganizationSyndic();
        scheduled(elsewhere, Property.buildingId(elsewhere), now.plusHours(30), "AG d'ailleurs");

        JsonArray tasks = Http.jsonArray(syndic.get(StatsIT.TASKS));
        assertEquals(3, tasks.size(), tasks.toString());
        String[][] expected = {{inTwoDays, "AG urgente", "AG dans 2 jours", "urgent"},
                {inFiveDays, "AG travaux", "AG dans 5 jours", "high"},
                {inSixDays, "AG budget", "AG dans 6 jours", "high"}};
        for (int n = 0; n < 3; n++) {
            JsonObject task = tasks.getJsonObject(n);
            assertEquals("meeting", task.getString("task_type"));
            assertEquals(expected[n][0], task.getString("entity_id"));
            assertEquals(expected[n][1], task.getString("title"));
            assertEquals(expected[n][2], task.getString("description"));
            assertEquals(expected[n][3], task.getString("priority"));
            assertEquals(name, task.getString("building_name"));
            assertEquals(Http.json(syndic.get(MEETINGS + "/" + expected[n][0])).getString("scheduled_date"),
                    task.getString("due_date"));
        }

        JsonObject next = Http.json(syndic.get(StatsIT.SYNDIC)).getJsonObject("next_meeting");
        assertEquals(inTwoDays, next.getString("id"));
        assertEquals(name, next.getString("building_name"));
        assertTrue(now.plusDays(2).plusHours(1).isEqual(OffsetDateTime.parse(next.getString("date"))), next::toString);

        Api owner = syndic.createUser("owner");
        String ownerId = Property.ownerId(syndic);
        assertEquals(200, syndic.put("/api/v1/owners/" + ownerId + "/link-user",
                "{\"user_id\":\"" + owner.userId() + "\"}").statusCode());
        syndic.created("/api/v1/units/" + Property.unitId(syndic, building) + "/owners", Property.share(ownerId, "1"));
        assertEquals(inTwoDays, Http.json(owner.get(StatsIT.OWNER)).getJsonObject("next_meeting").getString("id"),
                "an owner's dashboard shows the next meeting of its buildings");

        JsonObject after = Http.json(admin.get("/api/v1/stats/dashboard"));
        assertEquals(before.getInt("total_meetings") + 8, after.getInt("total_meetings"));
    }

    private static String scheduled(Api api, String building, OffsetDateTime date, String title) throws Exception {
        return id(api.created(MEETINGS, meeting(building, date.toInstant().toString()).replace("AG annuelle", title)));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
