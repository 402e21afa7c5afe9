package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The legal deliberation of a general assembly (art. 3.87) on the real platform: convocation, attendance by
 * co-owner with proxies, the quorum at the opening, the second assembly, resolutions voted and counted under
 * the cap, minutes; wrong steps, bad input, roles and tenancy on every new route. Each test builds its own
 * organization; assemblies are dated ahead of now, as the co-owners' shares start now.
 */
@ExtendWith(SharedPlatform.class)
class AssembliesIT {

    static final String MEETINGS = MeetingsIT.MEETINGS;
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    final RunningPlatform platform;
    final Api admin;
    final Api syndic;

    AssembliesIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
        this.syndic = admin.newOrganizationSyndic();
    }

    /** A building of one organization: its co-owners by first name, with the owner ids. */
    record World(String building, Map<String, String> owners) {
        String id(String name) {
            return owners.get(name);
        }
    }

    /**
     * The demo's Résidence Grand Place: Pierre holds unit 101 (400), Sophie and Michel share 102 (350) at 0.6 and
     * 0.4, so 210 and 140; jointly held lots count per owner, weighted.
     */
    World grandPlace(Api api) throws Exception {
        String building = Property.buildingId(api);
        Map<String, String> owners = new HashMap<>();
        for (String name : List.of("Pierre", "Sophie", "Michel")) {
            owners.put(name, api.created("/api/v1/owners",
                    Property.owner(name, name.toLowerCase() + "." + Property.unique() + "@example.com")).getString("id"));
        }
        String u101 = unit(api, building, "400");
        String u102 = unit(api, building, "350");
        api.created("/api/v1/units/" + u101 + "/owners", Property.share(owners.get("Pierre"), "1"));
        api.created("/api/v1/units/" + u102 + "/owners", Property.share(owners.get("Sophie"), "0.6"));
        api.created("/api/v1/units/" + u102 + "/owners", Property.share(owners.get("Michel"), "0.4"));
        return new World(building, owners);
    }

    static String unit(Api api, String building, String quota) throws Exception {
        return api.created("/api/v1/units", Property.unit(building, "U" + Property.unique(), "Apartment", quota))
                .getString("id");
    }

    /** A meeting {@code days} ahead, with one agenda item per title given; its path. */
    static String assembly(Api api, String building, int days, String... items) throws Exception {
        String path = MEETINGS + "/" + api.created(MEETINGS,
                MeetingsIT.meeting(building, NOW.plusDays(days).toString())).getString("id");
        for (String item : items) {
            assertEquals(200, api.post(path + "/agenda", "{\"item\":\"" + item + "\"}").statusCode());
        }
        return path;
    }

    static JsonObject convene(Api api, String path) throws Exception {
        HttpResponse<String> convened = api.post(path + "/convocation",
                "{\"sent_at\":\"" + NOW.minusMinutes(5) + "\"}");
        assertEquals(200, convened.statusCode(), convened.body());
        return Http.json(convened);
    }

    static HttpResponse<String> attend(Api api, String path, String owner, String body) throws Exception {
        return api.put(path + "/attendance/" + owner, body);
    }

    static String present() {
        return "{\"presence\":\"present\"}";
    }

    static String representedBy(String holderOwnerId) {
        return "{\"presence\":\"represented\",\"proxy_holder_owner_id\":\"" + holderOwnerId + "\"}";
    }

    static String resolution(int item, String majority) {
        return "{\"agenda_item\":%d,\"title\":\"Résolution %s\",\"majority\":\"%s\"}".formatted(item, majority, majority);
    }

    static HttpResponse<String> vote(Api api, String resolution, String owner, String choice) throws Exception {
        return api.put(resolution + "/votes/" + owner, "{\"choice\":\"" + choice + "\"}");
    }

    static void assertDecimal(String expected, JsonObject object, String member) {
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(member).bigDecimalValue()),
                () -> member + " of " + object);
    }

    @Test
    void aFailedQuorumCallsASecondAssemblyWhereTheCapDecides() throws Exception {
        World world = grandPlace(syndic);
        String first = assembly(syndic, world.building(), 30, "Budget", "Travaux de toiture");

        // before the opening the sheet lists every co-owner, absent until recorded
        JsonObject sheet = Http.json(syndic.get(first + "/attendance"));
        assertEquals(3, sheet.getInt("co_owners_count"));
        assertDecimal("750", sheet, "co_owners_quota");
        assertEquals(0, sheet.getInt("present_count"));
        assertFalse(sheet.getBoolean("opened"));
        Map<String, JsonObject> lines = new HashMap<>();
        sheet.getJsonArray("co_owners").getValuesAs(JsonObject.class).forEach(l -> lines.put(l.getString("owner_id"), l));
        assertDecimal("210", lines.get(world.id("Sophie")), "quota");
        assertEquals("Sophie Martin", lines.get(world.id("Sophie")).getString("name"));
        assertEquals("absent", lines.get(world.id("Michel")).getString("presence"));

        assertProblem(syndic.post(first + "/open", null), 409); // not convened
        JsonObject convened = convene(syndic, first);
        assertFalse(convened.getBoolean("urgent"));
        assertTrue(convened.containsKey("convocation_sent_at"));

        // Sophie and Michel: 2 of 3 but 350 of 750 < half, and not > three quarters
        JsonObject michel = Http.json(attend(syndic, first, world.id("Michel"), present()));
        assertEquals("present", michel.getString("presence"));
        assertDecimal("140", michel, "quota");
        HttpResponse<String> sophie = attend(syndic, first, world.id("Sophie"), representedBy(world.id("Michel")));
        assertEquals(200, sophie.statusCode(), sophie.body());
        assertTrue(sophie.headers().firstValue("ETag").isPresent());
        assertEquals(world.id("Michel"), Http.json(sophie).getString("proxy_holder_owner_id"));
        assertEquals("not_reached", Http.json(syndic.get(first + "/attendance")).getString("quorum"),
                "the quorum this attendance would give");

        JsonObject opened = Http.json(syndic.post(first + "/open", null));
        assertEquals("not_reached", opened.getString("quorum"));
        assertEquals(2, opened.getInt("present_count"));
        assertDecimal("350", opened, "present_quota");
        assertDecimal("750", opened, "co_owners_quota");
        JsonObject frozen = Http.json(syndic.get(first + "/attendance"));
        assertTrue(frozen.getBoolean("opened"));
        assertEquals(3, frozen.getJsonArray("co_owners").size(), "the absent Pierre recorded at the opening");

        // a failed assembly neither deliberates nor changes its attendance
        assertProblem(syndic.post(first + "/resolutions", resolution(0, "absolute")), 409);
        assertProblem(attend(syndic, first, world.id("Pierre"), present()), 409);
        assertProblem(syndic.post(first + "/open", null), 409);
        assertProblem(syndic.post(first + "/second-assembly",
                "{\"scheduled_date\":\"" + NOW.plusDays(40) + "\",\"location\":\"Salle B\"}"), 409); // < 15 days

        HttpResponse<String> called = syndic.post(first + "/second-assembly",
                "{\"scheduled_date\":\"" + NOW.plusDays(47) + "\",\"location\":\"Salle B\"}");
        assertEquals(201, called.statusCode(), called.body());
        JsonObject second = Http.json(called);
        String path = MEETINGS + "/" + second.getString("id");
        assertTrue(called.headers().firstValue("Location").orElseThrow().endsWith(path));
        assertEquals(first.substring(MEETINGS.length() + 1), second.getString("first_assembly_id"));
        assertEquals(List.of("Budget", "Travaux de toiture"),
                second.getJsonArray("agenda").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList());
        assertEquals("Salle B", second.getString("location"));
        assertProblem(syndic.post(first + "/second-assembly",
                "{\"scheduled_date\":\"" + NOW.plusDays(50) + "\",\"location\":\"Salle C\"}"), 409); // one only

        // the second assembly deliberates whatever the attendance: Pierre and Michel, Sophie represented by Michel
        convene(syndic, path);
        attend(syndic, path, world.id("Pierre"), present());
        attend(syndic, path, world.id("Michel"), present());
        attend(syndic, path, world.id("Sophie"), representedBy(world.id("Michel")));
        String budget = path + "/resolutions/" + syndic.created(path + "/resolutions", resolution(0, "absolute"))
                .getString("id");
        assertProblem(vote(syndic, budget, world.id("Pierre"), "for"), 409); // not open yet
        assertEquals("not_required", Http.json(syndic.post(path + "/open", null)).getString("quorum"));

        // Pierre's 400 count for at most the others' 350: 350 for, 350 against, a tie
        assertEquals(200, vote(syndic, budget, world.id("Pierre"), "for").statusCode());
        assertEquals(200, vote(syndic, budget, world.id("Michel"), "for").statusCode());
        JsonObject changed = Http.json(vote(syndic, budget, world.id("Michel"), "against"));
        assertEquals("against", changed.getString("choice"), "a vote changes until the close");
        vote(syndic, budget, world.id("Sophie"), "against"); // Michel votes for his principal
        JsonObject closed = Http.json(syndic.post(budget + "/close", null));
        assertEquals("rejected", closed.getString("status"));
        assertDecimal("400", closed.getJsonObject("votes_cast"), "votes_for");
        assertDecimal("350", closed.getJsonObject("votes_cast"), "votes_against");
        assertDecimal("350", closed.getJsonObject("votes_counted"), "votes_for");
        assertDecimal("350", closed.getJsonObject("votes_counted"), "votes_against");
        assertEquals(3, closed.getJsonArray("votes").size());
        assertProblem(syndic.post(budget + "/close", null), 409);
        assertProblem(vote(syndic, budget, world.id("Pierre"), "against"), 409);

        // everyone for, at the unanimity every co-owner's votes make
        String roof = path + "/resolutions/" + syndic.created(path + "/resolutions", resolution(1, "unanimity"))
                .getString("id");
        for (String name : List.of("Pierre", "Sophie", "Michel")) {
            vote(syndic, roof, world.id(name), "for");
        }
        JsonObject unanimous = Http.json(syndic.post(roof + "/close", null));
        assertEquals("adopted", unanimous.getString("status"));
        assertDecimal("750", unanimous.getJsonObject("votes_cast"), "votes_for");

        // two thirds: Pierre against (capped at 350), Sophie and Michel for 350 → 350 of 700 cast, rejected
        String works = path + "/resolutions/" + syndic.created(path + "/resolutions", resolution(1, "two_thirds"))
                .getString("id");
        vote(syndic, works, world.id("Pierre"), "against");
        vote(syndic, works, world.id("Sophie"), "for");
        vote(syndic, works, world.id("Michel"), "for");
        assertEquals("rejected", Http.json(syndic.post(works + "/close", null)).getString("status"));
        List<JsonObject> listed = Http.jsonArray(syndic.get(path + "/resolutions")).getValuesAs(JsonObject.class);
        assertEquals(List.of("rejected", "adopted", "rejected"), listed.stream().map(r -> r.getString("status")).toList());

        // the resolution off the agenda is void, so refused; minutes while and after the assembly
        assertProblem(syndic.post(path + "/resolutions", resolution(2, "absolute")), 409);
        assertProblem(syndic.get(path + "/minutes"), 404);
        HttpResponse<String> written = syndic.put(path + "/minutes", "{\"text\":\"Budget rejeté; toiture adoptée.\"}");
        assertEquals(200, written.statusCode(), written.body());
        String tag = written.headers().firstValue("ETag").orElseThrow();
        assertEquals(200, syndic.put(first + "/minutes", "{\"text\":\"Quorum non atteint.\"}").statusCode(),
                "a failed assembly's minutes record that");
        JsonObject approved = Http.json(syndic.post(path + "/minutes/approval", null));
        assertTrue(approved.getBoolean("approved"));
        assertFalse(tag.equals(syndic.get(path + "/minutes").headers().firstValue("ETag").orElseThrow()));
        assertProblem(syndic.put(path + "/minutes", "{\"text\":\"Autre chose\"}"), 409);
        assertProblem(syndic.post(path + "/minutes/approval", null), 409);
        assertEquals("Budget rejeté; toiture adoptée.", Http.json(syndic.get(path + "/minutes")).getString("text"));

        JsonObject held = Http.json(syndic.post(path + "/complete", "{\"attendees_count\":2}"));
        assertEquals("Completed", held.getString("status"));
        assertProblem(syndic.post(path + "/resolutions", resolution(0, "absolute")), 409);
    }

    @Test
    void aConvocationComesFifteenDaysAheadUnlessUrgent() throws Exception {
        String building = Property.buildingId(syndic);
        String soon = assembly(syndic, building, 13);
        JsonObject late = assertProblem(syndic.post(soon + "/convocation",
                "{\"sent_at\":\"" + NOW.minusMinutes(5) + "\"}"), 409);
        assertTrue(late.getString("detail").contains("15 days"), late.toString());
        JsonObject urgent = Http.json(syndic.post(soon + "/convocation", "{\"sent_at\":\"" + NOW.minusMinutes(5)
                + "\",\"urgent\":true,\"urgency_reason\":\"Fuite de toiture\"}"));
        assertTrue(urgent.getBoolean("urgent"));
        assertEquals("Fuite de toiture", urgent.getString("urgency_reason"));
        assertProblem(syndic.post(soon + "/convocation", "{\"sent_at\":\"" + NOW.plusDays(1) + "\"}"), 409);

        JsonObject moved = Http.json(syndic.post(soon + "/reschedule",
                "{\"scheduled_date\":\"" + NOW.plusDays(20) + "\"}"));
        assertFalse(moved.containsKey("convocation_sent_at"), "the notice sent named the old date");
        assertFalse(moved.getBoolean("urgent"));
        assertProblem(syndic.post(soon + "/open", null), 409);
    }

    @Test
    void aHolderTakesThreeProxiesOrMoreWithinTenPercentAndTheSyndicNone() throws Exception {
        // 1000 quotas: H 10, four principals 20 + 20 + 20 + 30, P5 1, and a large lot of 899
        String building = Property.buildingId(syndic);
        Map<String, String> quotas = Map.of("H", "10", "P1", "20", "P2", "20", "P3", "20", "P4", "30", "P5", "1",
                "Big", "899");
        Map<String, String> owners = new HashMap<>();
        for (Map.Entry<String, String> lot : quotas.entrySet()) {
            String owner = Property.ownerId(syndic);
            syndic.created("/api/v1/units/" + unit(syndic, building, lot.getValue()) + "/owners",
                    Property.share(owner, "1"));
            owners.put(lot.getKey(), owner);
        }
        String path = assembly(syndic, building, 30, "Budget");
        assertProblem(attend(syndic, path, owners.get("P1"), representedBy(owners.get("H"))), 409); // H not present
        attend(syndic, path, owners.get("H"), present());
        for (String principal : List.of("P1", "P2", "P3", "P4")) {
            HttpResponse<String> taken = attend(syndic, path, owners.get(principal), representedBy(owners.get("H")));
            assertEquals(200, taken.statusCode(), principal + ": " + taken.body()); // P4: 10 + 90 = 100 = 10 %
        }
        JsonObject refused = assertProblem(attend(syndic, path, owners.get("P5"), representedBy(owners.get("H"))), 409);
        assertTrue(refused.getString("detail").contains("101 of 1000"), refused.toString());
        JsonObject outsider = Http.json(attend(syndic, path, owners.get("P5"),
                "{\"presence\":\"represented\",\"proxy_holder_name\":\"  Maître Dubois \"}"));
        assertEquals("Maître Dubois", outsider.getString("proxy_holder_name"));
        assertProblem(syndic.delete(path + "/attendance/" + owners.get("H")), 409); // holds proxies
        assertProblem(attend(syndic, path, owners.get("H"), representedBy(owners.get("Big"))), 409);

        // a co-owner who became the organization's (volunteer) syndic holds no proxy
        Api coOwner = syndic.createUser("owner");
        assertEquals(200, syndic.put("/api/v1/owners/" + owners.get("Big") + "/link-user",
                "{\"user_id\":\"" + coOwner.userId() + "\"}").statusCode());
        HttpResponse<String> promoted = admin.put("/api/v1/users/" + coOwner.userId(), """
                {"email":"%s","first_name":"Jeanne","last_name":"Dupont",
                 "roles":[{"role":"syndic","organization_id":"%s"}]}"""
                .formatted(coOwner.user().getString("email"), syndic.organizationId()));
        assertEquals(200, promoted.statusCode(), promoted.body());
        attend(syndic, path, owners.get("Big"), present());
        JsonObject syndicProxy = assertProblem(attend(syndic, path, owners.get("P4"), representedBy(owners.get("Big"))),
                409);
        assertTrue(syndicProxy.getString("detail").contains("syndic"), syndicProxy.toString());

        // H's own attendance is taken back only once the principals are recorded otherwise
        assertEquals(204, syndic.delete(path + "/attendance/" + owners.get("P1")).statusCode());
        assertProblem(syndic.delete(path + "/attendance/" + owners.get("P1")), 404);
        JsonObject sheet = Http.json(syndic.get(path + "/attendance"));
        assertEquals(6, sheet.getInt("present_count"));
        assertDecimal("980", sheet, "present_quota");
        assertEquals("reached", sheet.getString("quorum"));
    }

    @Test
    void wrongStepsAre409AndBadInput400() throws Exception {
        World world = grandPlace(syndic);
        String path = assembly(syndic, world.building(), 30, "Budget");
        assertProblem(syndic.put(path + "/minutes", "{\"text\":\"Trop tôt\"}"), 409);
        assertProblem(attend(syndic, path, Property.ownerId(syndic), present()), 409); // not a co-owner here
        assertProblem(attend(syndic, path, world.id("Pierre"), representedBy(world.id("Pierre"))), 409);
        String early = path + "/resolutions/" + syndic.created(path + "/resolutions", resolution(0, "four_fifths"))
                .getString("id");
        assertEquals("four_fifths", Http.json(syndic.get(early)).getString("majority"));
        assertEquals("open", Http.json(syndic.get(early)).getString("status"));
        assertProblem(vote(syndic, early, world.id("Pierre"), "for"), 409); // not opened
        assertProblem(syndic.post(early + "/close", null), 409);
        assertProblem(syndic.post(path + "/second-assembly",
                "{\"scheduled_date\":\"" + NOW.plusDays(60) + "\",\"location\":\"Salle\"}"), 409);

        String[][] bad = {
                {"PUT", "/attendance/" + world.id("Pierre"), "{\"presence\":\"maybe\"}", "#/presence"},
                {"PUT", "/attendance/" + world.id("Pierre"), "{\"presence\":\"absent\"}", "#/presence"},
                {"PUT", "/attendance/" + world.id("Pierre"), "{\"presence\":\"represented\"}", "#/proxy_holder_owner_id"},
                {"PUT", "/attendance/" + world.id("Pierre"), "{\"presence\":\"represented\",\"proxy_holder_owner_id\":\""
                        + world.id("Michel") + "\",\"proxy_holder_name\":\"X\"}", "#/proxy_holder_owner_id"},
                {"PUT", "/attendance/" + world.id("Pierre"), "{\"presence\":\"present\",\"proxy_holder_name\":\"X\"}", "#/presence"},
                {"PUT", "/attendance/" + world.id("Pierre"), "{}", "#/presence"},
                {"POST", "/convocation", "{}", "#/sent_at"},
                {"POST", "/convocation", "{\"sent_at\":\"hier\"}", "#/sent_at"},
                {"POST", "/convocation", "{\"sent_at\":\"" + NOW + "\",\"urgent\":true}", "#/urgency_reason"},
                {"POST", "/convocation", "{\"sent_at\":\"" + NOW + "\",\"urgency_reason\":\"x\"}", "#/urgency_reason"},
                {"POST", "/resolutions", "{\"agenda_item\":-1,\"title\":\"X\",\"majority\":\"absolute\"}", "#/agenda_item"},
                {"POST", "/resolutions", "{\"agenda_item\":0,\"title\":\" \",\"majority\":\"absolute\"}", "#/title"},
                {"POST", "/resolutions", "{\"agenda_item\":0,\"title\":\"X\",\"majority\":\"simple\"}", "#/majority"},
                {"PUT", "/resolutions/" + early.substring(early.lastIndexOf('/') + 1) + "/votes/" + world.id("Pierre"),
                        "{\"choice\":\"yes\"}", "#/choice"},
                {"POST", "/second-assembly", "{\"location\":\"Salle\"}", "#/scheduled_date"},
                {"PUT", "/minutes", "{\"text\":\"  \"}", "#/text"},
        };
        for (String[] request : bad) {
            JsonObject problem = assertProblem(syndic.send(request[0], path + request[1], "application/json",
                    request[2]), 400);
            assertTrue(problem.toString().contains(request[3]), () -> String.join(" ", request) + " → " + problem);
        }
        assertProblem(syndic.get(path + "/resolutions/" + UUID.randomUUID()), 404);
        assertProblem(syndic.get(MEETINGS + "/" + UUID.randomUUID() + "/attendance"), 404);

        // a stale copy of the meeting does not open it
        String tag = syndic.get(path).headers().firstValue("ETag").orElseThrow();
        convene(syndic, path);
        HttpResponse<String> stale = Http.send(HttpRequest.newBuilder(syndic.uri(path + "/open"))
                .header("Authorization", "Bearer " + syndic.token()).header("If-Match", tag)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertProblem(stale, 412);
    }

    @Test
    void everyNewRouteIsTheOrganizationsAndOnlyASyndicWrites() throws Exception {
        World world = grandPlace(syndic);
        String path = assembly(syndic, world.building(), 30, "Budget");
        convene(syndic, path);
        attend(syndic, path, world.id("Pierre"), present());
        attend(syndic, path, world.id("Sophie"), present());
        syndic.post(path + "/open", null);
        String resolution = path + "/resolutions/" + syndic.created(path + "/resolutions", resolution(0, "absolute"))
                .getString("id");
        syndic.put(path + "/minutes", "{\"text\":\"PV\"}");
        String pierre = world.id("Pierre");
        String[][] writes = {
                {"POST", "/convocation", "{\"sent_at\":\"" + NOW + "\"}"},
                {"PUT", "/attendance/" + pierre, present()},
                {"DELETE", "/attendance/" + pierre, null},
                {"POST", "/open", null},
                {"POST", "/second-assembly", "{\"scheduled_date\":\"" + NOW.plusDays(60) + "\",\"location\":\"S\"}"},
                {"POST", "/resolutions", resolution(0, "absolute")},
                {"PUT", resolution.substring(path.length()) + "/votes/" + pierre, "{\"choice\":\"for\"}"},
                {"POST", resolution.substring(path.length()) + "/close", null},
                {"PUT", "/minutes", "{\"text\":\"PV\"}"},
                {"POST", "/minutes/approval", null},
        };
        String[] reads = {"/attendance", "/resolutions", resolution.substring(path.length()), "/minutes"};

        Api stranger = admin.newOrganizationSyndic();
        Api accountant = syndic.createUser("accountant");
        Api owner = syndic.createUser("owner");
        assertEquals(200, syndic.put("/api/v1/owners/" + world.id("Michel") + "/link-user",
                "{\"user_id\":\"" + owner.userId() + "\"}").statusCode());
        Api elsewhere = syndic.createUser("owner"); // an owner of none of this building's lots
        Api anonymous = Api.anonymous(platform);
        for (String read : reads) {
            assertEquals(200, accountant.get(path + read).statusCode(), read);
            assertEquals(200, owner.get(path + read).statusCode(), read);
            assertProblem(elsewhere.get(path + read), 404);
            assertProblem(stranger.get(path + read), 404);
            assertProblem(anonymous.get(path + read), 401);
        }
        for (String[] write : writes) {
            String type = write[2] == null ? null : "application/json";
            assertProblem(stranger.send(write[0], path + write[1], type, write[2]), 404);
            assertProblem(accountant.send(write[0], path + write[1], type, write[2]), 403);
            assertProblem(owner.send(write[0], path + write[1], type, write[2]), 403);
            assertProblem(anonymous.send(write[0], path + write[1], type, write[2]), 401);
        }
        assertEquals(200, vote(admin, resolution, pierre, "for").statusCode(), "a superadmin writes anywhere");
    }

    @Test
    void quotasAreExactAndTheirSumIsTheBase() throws Exception {
        // a 300-quota unit held in three stored thirds: 99.9999 each, and 299.9997 is the base, not 300 nor 1000
        String building = Property.buildingId(syndic);
        String unit = unit(syndic, building, "300");
        List<String> thirds = List.of(Property.ownerId(syndic), Property.ownerId(syndic), Property.ownerId(syndic));
        for (String owner : thirds) {
            syndic.created("/api/v1/units/" + unit + "/owners", Property.share(owner, "0.333333"));
        }
        String path = assembly(syndic, building, 30, "Budget");
        convene(syndic, path);
        attend(syndic, path, thirds.get(0), present());
        attend(syndic, path, thirds.get(1), present());
        JsonObject opened = Http.json(syndic.post(path + "/open", null));
        assertDecimal("299.9997", opened, "co_owners_quota");
        assertDecimal("199.9998", opened, "present_quota");
        assertEquals("reached", opened.getString("quorum"));
        Http.json(syndic.get(path + "/attendance")).getJsonArray("co_owners").getValuesAs(JsonObject.class)
                .forEach(line -> assertDecimal("99.9999", line, "quota"));

        // two of the three for, at exactly two thirds of the votes cast
        String resolution = path + "/resolutions/" + syndic.created(path + "/resolutions", resolution(0, "two_thirds"))
                .getString("id");
        vote(syndic, resolution, thirds.get(0), "for");
        vote(syndic, resolution, thirds.get(1), "against");
        assertEquals("rejected", Http.json(syndic.post(resolution + "/close", null)).getString("status"),
                "one of two is not two thirds");
    }

    @Test
    void anAssemblysDeliberationGoesWithItAndWithItsOrganization() throws Exception {
        Api doomed = admin.newOrganizationSyndic();
        World world = grandPlace(doomed);
        String first = assembly(doomed, world.building(), 30, "Budget");
        convene(doomed, first);
        attend(doomed, first, world.id("Sophie"), present());
        attend(doomed, first, world.id("Michel"), representedBy(world.id("Sophie")));
        doomed.post(first + "/open", null);
        doomed.put(first + "/minutes", "{\"text\":\"Quorum non atteint.\"}");
        String second = MEETINGS + "/" + doomed.created(first + "/second-assembly",
                "{\"scheduled_date\":\"" + NOW.plusDays(50) + "\",\"location\":\"Salle\"}").getString("id");
        convene(doomed, second);
        attend(doomed, second, world.id("Pierre"), present());
        doomed.post(second + "/open", null);
        String resolution = second + "/resolutions/" + doomed.created(second + "/resolutions",
                resolution(0, "absolute")).getString("id");
        vote(doomed, resolution, world.id("Pierre"), "for");
        JsonObject alone = Http.json(doomed.post(resolution + "/close", null));
        assertEquals("adopted", alone.getString("status"), "a sole participant keeps their votes");
        assertDecimal("400", alone.getJsonObject("votes_counted"), "votes_for");

        assertEquals(204, doomed.delete(first).statusCode(), "its rows go with it; the second stays");
        assertFalse(Http.json(doomed.get(second)).containsKey("first_assembly_id"));
        HttpResponse<String> deleted = admin.delete("/api/v1/organizations/" + doomed.organizationId());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertProblem(admin.get(second), 404);
        assertProblem(admin.get(resolution), 404);
    }
}
