package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every list of the domain modules pages, sorts and refuses bad parameters alike. */
@ExtendWith(SharedPlatform.class)
class ListConventionsIT {

    final RunningPlatform platform;
    final Api syndic;
    /** Every list: those answering KoproGo's envelope, then those it answered as bare arrays. */
    final List<String> lists = new ArrayList<>();
    final List<String> bareLists = new ArrayList<>();

    ListConventionsIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        syndic = Api.admin(platform).newOrganizationSyndic();
        String building = Property.buildingId(syndic);
        String unit = Property.unitId(syndic, building);
        String owner = Property.ownerId(syndic);
        syndic.created("/api/v1/units/" + unit + "/owners", Property.share(owner, "0.5"));
        bareLists.addAll(List.of("/api/v1/buildings/" + building + "/units",
                "/api/v1/buildings/" + building + "/expenses", "/api/v1/buildings/" + building + "/meetings",
                "/api/v1/units/" + unit + "/owners",
                "/api/v1/units/" + unit + "/owners/history", "/api/v1/owners/" + owner + "/units",
                "/api/v1/owners/" + owner + "/units/history"));
        lists.addAll(List.of("/api/v1/buildings", "/api/v1/units", "/api/v1/owners", "/api/v1/expenses",
                "/api/v1/meetings", "/api/v1/accounts"));
        lists.addAll(bareLists);
    }

    @Test
    void badPagingParametersAreA400NamingTheParameter() throws Exception {
        String[][] cases = {{"per_page=0", "per_page"}, {"per_page=1.5", "per_page"}, {"per_page=abc", "per_page"},
                {"page=0", "page"}, {"page=-1", "page"}, {"sort_by=password", "sort_by"}, {"order=sideways", "order"},
                {"page=1&page=2", "page"}};
        for (String list : lists) {
            for (String[] bad : cases) {
                JsonObject problem = assertProblem(syndic.get(list + "?" + bad[0]), 400);
                assertTrue(problem.toString().contains(bad[1]), () -> list + "?" + bad[0] + " → " + problem);
            }
        }
    }

    /** Totals come from counters the database keeps: they follow creates, deletes and refused writes. */
    @Test
    void totalsFollowEveryWrite() throws Exception {
        Api fresh = Api.admin(platform).newOrganizationSyndic();
        String building = Property.buildingId(fresh);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            units.add(Property.unitId(fresh, building));
        }
        assertEquals(3, total(fresh, "/api/v1/units"));
        fresh.created("/api/v1/units", Property.unit(building, "DUP", "Other", "1"));
        assertProblem(fresh.post("/api/v1/units", Property.unit(building, "DUP", "Other", "1")), 409);
        assertEquals(4, total(fresh, "/api/v1/units"), "the refused insert was rolled back with its count");
        assertEquals(204, fresh.delete("/api/v1/units/" + units.get(0)).statusCode());
        assertEquals(3, total(fresh, "/api/v1/units"));
        assertEquals(1, total(fresh, "/api/v1/buildings"));
        assertEquals(0, total(fresh, "/api/v1/owners"));
        Property.ownerId(fresh);
        assertEquals(1, total(fresh, "/api/v1/owners"));
        assertEquals(3, total(fresh, "/api/v1/units?building_id=" + building), "a filtered list counts its rows");
        String meeting = fresh.created("/api/v1/meetings", MeetingsIT.meeting(building)).getString("id");
        fresh.created("/api/v1/meetings", MeetingsIT.meeting(building));
        assertEquals(2, total(fresh, "/api/v1/meetings"));
        assertEquals(204, fresh.delete("/api/v1/meetings/" + meeting).statusCode());
        assertEquals(1, total(fresh, "/api/v1/meetings"));
    }

    /** total_items with a one-row page, so that the total is counted rather than seen. */
    private static long total(Api api, String list) throws Exception {
        String page = list + (list.contains("?") ? "&" : "?") + "per_page=1";
        return Http.json(api.get(page)).getJsonObject("pagination").getJsonNumber("total_items").longValue();
    }

    @Test
    void everyOtherListAnswersKoproGosEnvelope() throws Exception {
        for (String list : lists.stream().filter(list -> !bareLists.contains(list)).toList()) {
            JsonObject page = Http.json(syndic.get(list + "?page=1&per_page=1"));
            JsonObject pagination = page.getJsonObject("pagination");
            assertEquals(1, pagination.getInt("current_page"), list);
            assertEquals(1, pagination.getInt("per_page"), list);
            long total = pagination.getJsonNumber("total_items").longValue();
            assertEquals(Math.min(1, total), page.getJsonArray("data").size(), list);
            assertEquals(total > 1, pagination.getBoolean("has_next"), list);
            assertFalse(pagination.getBoolean("has_previous"), list);

            JsonObject beyond = Http.json(syndic.get(list + "?page=1000&per_page=100"));
            assertTrue(beyond.getJsonArray("data").isEmpty(), list);
            assertEquals(total, beyond.getJsonObject("pagination").getJsonNumber("total_items").longValue(), list);
            assertTrue(beyond.getJsonObject("pagination").getBoolean("has_previous"), list);

            // KoproGo's web client asks for 1,000: it gets a full page of the maximum, and is told so
            JsonObject clamped = Http.json(syndic.get(list + "?per_page=1000"));
            assertEquals(100, clamped.getJsonObject("pagination").getInt("per_page"), list);
            assertEquals(Math.min(100, total), clamped.getJsonArray("data").size(), list);
        }
    }

    /** The page is the body; the total and the way to the other pages are headers. */
    @Test
    void bareListsAnswerAnArrayWithTheirTotalAndLinks() throws Exception {
        for (String list : bareLists) {
            HttpResponse<String> first = syndic.get(list + "?page=1&per_page=1");
            assertEquals(200, first.statusCode(), list);
            long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow());
            assertEquals(Math.min(1, total), Http.jsonArray(first).size(), list);
            String links = first.headers().firstValue("Link").orElseThrow();
            assertTrue(links.contains("page=1&per_page=1>; rel=\"first\""), list + ": " + links);
            assertEquals(total > 1, links.contains("rel=\"next\""), list + ": " + links);
            assertFalse(links.contains("rel=\"prev\""), list + ": " + links);

            HttpResponse<String> beyond = syndic.get(list + "?page=1000&per_page=100");
            assertTrue(Http.jsonArray(beyond).isEmpty(), list);
            assertEquals(String.valueOf(total), beyond.headers().firstValue("X-Total-Count").orElseThrow(), list);
            assertTrue(beyond.headers().firstValue("Link").orElseThrow().contains("rel=\"prev\""), list);
        }
    }
}
