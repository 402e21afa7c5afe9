package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** module-seed: the demo and realistic worlds from the command line and the API, refuse or replace, removal. */
class SeedIT {

    /** KoproGo's demo building, whose id clients and scripts know. */
    private static final String GRAND_PLACE = "d59a755e-9b15-4391-a027-97a0465c46a7";

    @TempDir
    Path work;

    @Test
    void seedsFromTheCommandLineAndTheApiAndRemovesOnlySeedData() throws Exception {
        Path data = work.resolve("data");
        try (RunningPlatform platform = RunningPlatform.start(data, Map.of(), List.of("--seed", "demo"))) {
            assertTheDemoWorldIsThere(platform);
            Api admin = Api.admin(platform);

            assertProblem(admin.post("/api/v1/seed/demo", ""), 409);
            HttpResponse<String> replaced = admin.post("/api/v1/seed/demo?replace=true", "");
            assertEquals(200, replaced.statusCode(), replaced.body());
            assertEquals("replaced", Http.json(replaced).getString("action"));
            assertTheDemoWorldIsThere(platform);

            HttpResponse<String> planted = admin.post("/api/v1/seed/realistic?scale=2&seed=7", "");
            assertEquals(201, planted.statusCode(), planted.body());
            JsonObject realistic = Http.json(planted);
            JsonObject rows = realistic.getJsonObject("rows");
            assertEquals(6, realistic.getInt("organizations"));
            assertEquals(List.of(46, 380, 252, 120, 214), List.of(rows.getInt("buildings"), rows.getInt("units"),
                    rows.getInt("owners"), rows.getInt("expenses"), rows.getInt("meetings")));
            assertEquals(List.of(1706, 448, 3341, 159), List.of(rows.getInt("meeting_attendances"),
                    rows.getInt("meeting_resolutions"), rows.getInt("meeting_votes"), rows.getInt("meeting_minutes")));
            assertTrue(realistic.getJsonNumber("rows_per_second").longValue() > 0);
            Api small = Api.login(platform, "admin@small-2.be", "admin123");
            assertEquals(30, total(small, "/api/v1/units"));
            assertEquals(5, total(small, "/api/v1/buildings"));
            String held = assertAnAssemblyWasHeld(small);
            assertEquals(List.of("demo", "realistic"), Http.jsonArray(admin.get("/api/v1/seed"))
                    .getValuesAs(JsonObject.class).stream().map(seed -> seed.getString("kind")).toList());

            assertProblem(admin.post("/api/v1/seed/realistic?scale=0", ""), 400);
            assertProblem(admin.post("/api/v1/seed/demo?scale=3", ""), 400);
            assertProblem(admin.post("/api/v1/seed/realistic?replace=maybe", ""), 400);
            assertProblem(admin.post("/api/v1/seed/galaxy", ""), 404);
            assertProblem(small.post("/api/v1/seed/demo", ""), 403);
            assertProblem(small.delete("/api/v1/seed"), 403);

            // rows a seeded organization made itself, in a module's private table and in the core's
            HttpResponse<String> account = Http.send(HttpRequest.newBuilder(small.uri("/api/v1/accounts"))
                    .header("Authorization", "Bearer " + small.token()).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "seeded-account")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"619999\",\"label\":\"Frais divers\"}")));
            assertEquals(201, account.statusCode(), account.body());

            Api other = admin.newOrganizationSyndic();
            String building = other.created("/api/v1/buildings", Property.building(1000)).getString("id");
            assertEquals(List.of(1706L, 448L, 3341L, 159L), deliberationRows(platform));
            JsonObject removed = Http.json(admin.delete("/api/v1/seed"));
            assertEquals(9, removed.getInt("organizations"));
            JsonObject removedRows = removed.getJsonObject("rows");
            assertEquals(List.of(9, 4 + 380, 3 + 214, 1, 1), List.of(removedRows.getInt("organizations"),
                    removedRows.getInt("units"), removedRows.getInt("meetings"), removedRows.getInt("accounts"),
                    removedRows.getInt("idempotency_keys")));
            assertEquals(List.of(0L, 0L, 0L, 0L), deliberationRows(platform),
                    "the deliberation goes with its meetings");
            assertEquals(List.of(3, 3), List.of(removedRows.getInt("documents"),
                    removedRows.getInt("document_contents")));
            assertEquals(List.of(0L, 0L, 0L), rows(platform, List.of("documents", "document_contents",
                    "document_chunks")), "the documents go with their contents");
            assertProblem(admin.get("/api/v1/meetings/" + held + "/attendance"), 404);
            assertEquals(401, Http.postJson(platform.uri("/api/v1/auth/login"),
                    "{\"email\":\"syndic@grandplace.be\",\"password\":\"syndic123\"}").statusCode());
            assertEquals(200, other.get("/api/v1/buildings/" + building).statusCode(), "other data stays");
            assertEquals(0, Http.jsonArray(admin.get("/api/v1/seed")).size());
            HttpResponse<String> demo = admin.post("/api/v1/seed/demo", "");
            assertEquals(201, demo.statusCode());
            assertTrue(Http.json(demo).getBoolean("success"), "KoproGo's web client wants success, then message");
            assertTrue(Http.json(demo).getString("message").contains("syndic@grandplace.be / syndic123"), demo.body());

            // KoproGo's web client clears with a POST, with a JSON content type and no body, or with neither
            String grandPlaceMeetings = "/api/v1/meetings?building_id=" + GRAND_PLACE;
            assertEquals(1, total(admin, grandPlaceMeetings));
            JsonObject cleared = Http.json(admin.post("/api/v1/seed/clear", ""));
            assertTrue(cleared.getBoolean("success"));
            assertEquals("Seed data cleared: 3 organizations removed.", cleared.getString("message"));
            assertEquals(0, total(admin, grandPlaceMeetings), "the demo's meetings are cleared with it");
            HttpResponse<String> nothing = Http.send(HttpRequest.newBuilder(admin.uri("/api/v1/seed/clear"))
                    .header("Authorization", "Bearer " + admin.token()).POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, nothing.statusCode(), nothing.body());
            assertEquals("No seed data found to clear.", Http.json(nothing).getString("message"));
            assertEquals(201, admin.post("/api/v1/seed/demo", "").statusCode());
        }
        try (RunningPlatform again = RunningPlatform.start(data, Map.of(), List.of("--seed", "demo"))) {
            assertTrue(again.log().contains("Seed left as it is: demo data"), "a restart keeps its seed");
            assertTheDemoWorldIsThere(again);
        }
    }

    /**
     * A held ordinary assembly of the realistic world, as the platform shows it: every co-owner with their quotas,
     * the quorum reached at the opening, its resolutions closed with their outcome, its minutes approved.
     *
     * @return its id
     */
    private static String assertAnAssemblyWasHeld(Api syndic) throws Exception {
        JsonObject meeting = Http.json(syndic.get("/api/v1/meetings?status=Completed&per_page=100"))
                .getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("meeting_type").equals("Ordinary"))
                .filter(m -> "reached".equals(m.getString("quorum", null))).reduce((first, last) -> last).orElseThrow();
        assertTrue(meeting.containsKey("convocation_sent_at") && meeting.containsKey("opened_at"), meeting.toString());
        String path = "/api/v1/meetings/" + meeting.getString("id");
        JsonObject attendance = Http.json(syndic.get(path + "/attendance"));
        assertTrue(attendance.getBoolean("opened"), attendance.toString());
        assertEquals("reached", attendance.getString("quorum"));
        List<JsonObject> coOwners = attendance.getJsonArray("co_owners").getValuesAs(JsonObject.class);
        assertEquals(attendance.getInt("co_owners_count"), coOwners.size());
        assertEquals(0, new BigDecimal(1000).compareTo(attendance.getJsonNumber("co_owners_quota").bigDecimalValue()),
                "the building's tantièmes, all held on the date");
        assertEquals(0, coOwners.stream().map(c -> c.getJsonNumber("quota").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(new BigDecimal(1000)));
        long attending = coOwners.stream().filter(c -> !c.getString("presence").equals("absent")).count();
        assertEquals(List.of(attendance.getInt("present_count"), meeting.getInt("attendees_count")),
                List.of((int) attending, (int) attending));
        assertTrue(coOwners.stream().allMatch(c -> c.getString("name").contains(" ")), "named co-owners");
        // the quotas frozen at the opening are those the ownership shares give today, as a coming meeting's sheet
        JsonObject coming = Http.jsonArray(syndic.get("/api/v1/buildings/" + meeting.getString("building_id")
                + "/meetings")).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("status").equals("Scheduled")).findFirst().orElseThrow();
        JsonObject live = Http.json(syndic.get("/api/v1/meetings/" + coming.getString("id") + "/attendance"));
        assertFalse(live.getBoolean("opened"));
        assertEquals(quotas(coOwners), quotas(live.getJsonArray("co_owners").getValuesAs(JsonObject.class)));
        JsonArray resolutions = Http.jsonArray(syndic.get(path + "/resolutions"));
        assertTrue(resolutions.size() >= 2 && resolutions.size() <= 4, resolutions.toString());
        for (JsonObject resolution : resolutions.getValuesAs(JsonObject.class)) {
            assertTrue(Set.of("adopted", "rejected").contains(resolution.getString("status")), resolution.toString());
            assertTrue(resolution.containsKey("closed_at") && resolution.containsKey("votes_counted"));
            assertEquals(attending, resolution.getJsonArray("votes").size(), "everyone present or represented voted");
        }
        assertTrue(Http.json(syndic.get(path + "/minutes")).getBoolean("approved"));
        return meeting.getString("id");
    }

    /** Each co-owner's quotas, as a plain decimal. */
    private static Map<String, String> quotas(List<JsonObject> coOwners) {
        return coOwners.stream().collect(Collectors.toMap(c -> c.getString("owner_id"),
                c -> c.getJsonNumber("quota").bigDecimalValue().stripTrailingZeros().toPlainString()));
    }

    /** Rows of the deliberation's tables: attendances, resolutions, votes, minutes. */
    private static List<Long> deliberationRows(RunningPlatform platform) throws Exception {
        return rows(platform, List.of("meeting_attendances", "meeting_resolutions", "meeting_votes",
                "meeting_minutes"));
    }

    private static List<Long> rows(RunningPlatform platform, List<String> tables) throws Exception {
        List<Long> counts = new ArrayList<>();
        try (Connection connection = Psql.of(platform).connect(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    counts.add(count.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void assertTheDemoWorldIsThere(RunningPlatform platform) throws Exception {
        Api syndic = Api.login(platform, "syndic@grandplace.be", "syndic123");
        assertEquals(2, total(syndic, "/api/v1/buildings"));
        assertEquals(4, total(syndic, "/api/v1/units"));
        assertEquals(4, total(syndic, "/api/v1/expenses"));
        assertEquals(Set.of("Assemblée Générale Ordinaire 2025 Ordinary 2025-03-15T10:00Z",
                "Assemblée Générale Extraordinaire - Travaux Extraordinary 2025-04-20T10:00Z"),
                meetings(Http.json(syndic.get("/api/v1/meetings")).getJsonArray("data")));
        JsonArray grandPlace = Http.jsonArray(syndic.get("/api/v1/buildings/" + GRAND_PLACE + "/meetings"));
        assertEquals(Set.of("Assemblée Générale Ordinaire 2025 Ordinary 2025-03-15T10:00Z"), meetings(grandPlace));
        JsonObject meeting = grandPlace.getJsonObject(0);
        assertEquals(List.of("Scheduled", "Assemblée générale annuelle", "Salle polyvalente"), List.of(
                meeting.getString("status"), meeting.getString("description"), meeting.getString("location")));
        assertEquals(List.of("Approbation des comptes", "Travaux à prévoir", "Questions diverses"),
                meeting.getJsonArray("agenda").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .toList());
        assertEquals(JsonValue.NULL, meeting.getOrDefault("attendees_count", JsonValue.NULL), "not held yet");
        assertTheDemoDocumentsAreThere(platform, syndic);
        Api bruxelles = Api.login(platform, "syndic@copro-bruxelles.be", "syndic123");
        assertEquals(Set.of("AG Annuelle 2025 Ordinary 2025-05-10T10:00Z"),
                meetings(Http.json(bruxelles.get("/api/v1/meetings")).getJsonArray("data")));
        Api owner = Api.login(platform, "proprietaire1@grandplace.be", "owner123");
        assertEquals("Pierre", Http.json(owner.get("/api/v1/owners/me")).getString("first_name"));
        assertEquals(200, Api.login(platform, "comptable@grandplace.be", "comptable123").get("/api/v1/accounts")
                .statusCode());
    }

    /**
     * The minutes of Grand Place's two meetings, each listed with its meeting, and the lift repair's invoice,
     * served with the bytes the seed stored (their hash, computed by PostgreSQL over the chunks, is the ETag).
     */
    private static void assertTheDemoDocumentsAreThere(RunningPlatform platform, Api syndic) throws Exception {
        Map<String, JsonObject> documents = Http.json(syndic.get(Uploads.DOCUMENTS)).getJsonArray("data")
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(d -> d.getString("title"), d -> d));
        assertEquals(Set.of("Procès-verbal - Assemblée Générale Ordinaire 2025",
                "Procès-verbal - Assemblée Générale Extraordinaire - Travaux", "Facture ASC-2025-023"),
                documents.keySet());
        JsonObject invoice = documents.get("Facture ASC-2025-023");
        JsonObject lift = Http.json(syndic.get("/api/v1/expenses/" + invoice.getString("expense_id")));
        assertEquals(List.of("Invoice", "ASC-2025-023", "application/pdf", "facture-asc-2025-023.pdf"),
                List.of(invoice.getString("document_type"), lift.getString("invoice_number"),
                        invoice.getString("mime_type"), invoice.getString("file_name")));
        Uploads.Download download = Uploads.download(syndic, invoice.getString("id"));
        assertEquals(200, download.status());
        assertEquals(List.of(storedHash(platform, invoice.getString("id")), invoice.getJsonNumber("file_size")
                .longValue()), List.of(download.sha256(), download.length()), "the bytes the seed stored");
        assertEquals("\"" + download.sha256() + "\"", download.header("ETag").orElseThrow());
        for (JsonObject meeting : Http.json(syndic.get("/api/v1/meetings")).getJsonArray("data")
                .getValuesAs(JsonObject.class)) {
            JsonArray minutes = Http.jsonArray(syndic.get("/api/v1/meetings/" + meeting.getString("id")
                    + "/documents"));
            assertEquals(List.of("MeetingMinutes Procès-verbal - " + meeting.getString("title")),
                    minutes.getValuesAs(JsonObject.class).stream().map(d -> d.getString("document_type") + " "
                            + d.getString("title")).toList());
        }
    }

    /** The SHA-256 of a document's chunks, joined in order. */
    private static String storedHash(RunningPlatform platform, String documentId) throws Exception {
        try (Connection connection = Psql.of(platform).connect(); Statement statement = connection.createStatement();
             ResultSet hash = statement.executeQuery("select encode(sha256(string_agg(c.bytes, ''::bytea"
                     + " order by c.seq)), 'hex') from documents d join document_chunks c on c.content_id ="
                     + " d.content_id where d.id = '" + UUID.fromString(documentId) + "'")) {
            hash.next();
            return hash.getString(1);
        }
    }

    /** Each meeting's title, type and date. */
    private static Set<String> meetings(JsonArray meetings) {
        return meetings.getValuesAs(JsonObject.class).stream().map(m -> m.getString("title") + " "
                + m.getString("meeting_type") + " " + OffsetDateTime.parse(m.getString("scheduled_date")))
                .collect(Collectors.toSet());
    }

    private static int total(Api api, String list) throws Exception {
        return Http.json(api.get(list)).getJsonObject("pagination").getInt("total_items");
    }
}
