package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Property.bareIds;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lists KoproGo answered as bare arrays (its client maps over the body) stay bounded: a page at most, the
 * total in {@code X-Total-Count}, the other pages in an RFC 8288 {@code Link} header a client can follow.
 */
@ExtendWith(SharedPlatform.class)
class BareListsIT {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"([a-z]+)\"");

    final Api syndic;

    BareListsIT(RunningPlatform platform) throws Exception {
        syndic = Api.admin(platform).newOrganizationSyndic();
    }

    @Test
    void theNextLinkWalksTheWholeListAndTheLastPageHasNone() throws Exception {
        String building = Property.buildingId(syndic);
        List<String> units = List.of(Property.unitId(syndic, building), Property.unitId(syndic, building));

        HttpResponse<String> first = syndic.get("/api/v1/buildings/" + building + "/units?per_page=1&order=desc");
        assertEquals(1, bareIds(first).size());
        assertEquals("2", first.headers().firstValue("X-Total-Count").orElseThrow());
        Map<String, URI> links = links(first);
        assertEquals(List.of("next", "first", "last"), new ArrayList<>(links.keySet()));
        assertEquals("order=desc&page=2&per_page=1", links.get("next").getRawQuery(), "the other parameters kept");
        assertEquals(links.get("next"), links.get("last"));
        assertEquals("/api/v1/buildings/" + building + "/units", links.get("next").getPath());

        HttpResponse<String> second = syndic.get(pathAndQuery(links.get("next")));
        assertEquals(1, bareIds(second).size());
        assertEquals(Map.of("prev", links.get("first"), "first", links.get("first"), "last", links.get("last")),
                links(second), "no next on the last page");
        List<String> walked = new ArrayList<>(bareIds(first));
        walked.addAll(bareIds(second));
        assertEquals(new HashSet<>(units), new HashSet<>(walked));
        assertFalse(bareIds(first).equals(bareIds(second)));
    }

    /** KoproGo's client asks without parameters and expects the whole list: as much of it as a page may hold. */
    @Test
    void withoutParametersAPageIsAsLargeAsPagesGetAndNoLarger() throws Exception {
        String building = buildingWithUnits(101);
        String list = "/api/v1/buildings/" + building + "/units";

        HttpResponse<String> whole = syndic.get(list);
        assertEquals(100, bareIds(whole).size());
        assertEquals("101", whole.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals("page=2&per_page=100", links(whole).get("next").getRawQuery());

        HttpResponse<String> rest = syndic.get(pathAndQuery(links(whole).get("next")));
        assertEquals(1, bareIds(rest).size());
        assertFalse(bareIds(whole).contains(bareIds(rest).get(0)));
        assertFalse(links(rest).containsKey("next"));
    }

    /** A client asking for more than a page may hold gets full pages, and links that say what was applied. */
    @Test
    void aLargerPageIsClampedToTheMaximum() throws Exception {
        String building = buildingWithUnits(101);
        HttpResponse<String> clamped = syndic.get("/api/v1/buildings/" + building + "/units?per_page=1000");
        assertEquals(100, bareIds(clamped).size());
        assertEquals("101", clamped.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals("page=2&per_page=100", links(clamped).get("next").getRawQuery());
    }

    @Test
    void anEmptyListIsAnEmptyArray() throws Exception {
        HttpResponse<String> none = syndic.get("/api/v1/buildings/" + Property.buildingId(syndic) + "/expenses");
        assertEquals(200, none.statusCode());
        assertTrue(Http.jsonArray(none).isEmpty());
        assertEquals("0", none.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(List.of("first", "last"), new ArrayList<>(links(none).keySet()));
    }

    private String buildingWithUnits(int count) throws Exception {
        String building = Property.buildingId(syndic);
        for (int i = 0; i < count; i++) {
            syndic.created("/api/v1/units", Property.unit(building, "U" + i, "Apartment", "1"));
        }
        return building;
    }

    /** Relation to target, in the header's order. */
    private static Map<String, URI> links(HttpResponse<String> response) {
        Map<String, URI> links = new LinkedHashMap<>();
        Matcher link = LINK.matcher(response.headers().firstValue("Link").orElseThrow());
        while (link.find()) {
            links.put(link.group(2), URI.create(link.group(1)));
        }
        return links;
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
