package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDPR rights (module-gdpr): a registered person's export and erasure as KoproGo's end-to-end test does them, the
 * holds refusing an erasure, the audit trail, the superadmin's and the syndic's routes, the hourly export limit. A
 * platform of its own, on a database the test reads, with a limit of {@value #EXPORTS_PER_HOUR} exports an hour,
 * behind a proxy (the test) it trusts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GdprIT {

    private static final String ADMIN = "ops@example.be";
    private static final int EXPORTS_PER_HOUR = 3;

    @TempDir
    static Path work;

    private ExternalDatabase database;
    private RunningPlatform platform;
    private Api admin;

    @BeforeAll
    void start() throws Exception {
        database = new ExternalDatabase();
        Map<String, String> environment = database.environmentWithAdmin(ADMIN);
        environment.put("KOPROGO_GDPR_EXPORTS_PER_HOUR", String.valueOf(EXPORTS_PER_HOUR));
        environment.put("KOPROGO_TRUSTED_PROXIES", "127.0.0.0/8, ::1"); // the test stands for a proxy
        platform = RunningPlatform.start(work.resolve("data"), environment);
        admin = Api.login(platform, ADMIN, Api.PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        RunningPlatform.closeAll(platform, database);
    }

    private record Person(String email, String lastName, Api api) {
    }

    private Person register() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "gdpr-" + tag + "@example.be";
        String lastName = "Vandenbroeck" + tag;
        HttpResponse<String> registered = Api.anonymous(platform).post("/api/v1/auth/register", """
                {"email":"%s","password":"%s","first_name":"Gudrun","last_name":"%s","role":"owner"}"""
                .formatted(email, Api.PASSWORD, lastName));
        assertEquals(201, registered.statusCode(), registered.body());
        return new Person(email, lastName, Api.signedIn(platform, Http.json(registered)));
    }

    /** KoproGo's GDPR journey: register, export, check, erase; then the person is gone and the address free. */
    @Test
    void aRegisteredPersonExportsTheirDataErasesItAndIsForgotten() throws Exception {
        Person person = register();
        String userId = person.api().userId();

        HttpResponse<String> exported = person.api().get("/api/v1/gdpr/export");
        assertEquals(200, exported.statusCode(), exported.body());
        JsonObject export = Http.json(exported);
        assertTrue(export.containsKey("export_date"), exported.body());
        assertEquals(person.email(), export.getJsonObject("user").getString("email"));
        assertEquals(userId, export.getJsonObject("user").getString("id"));
        assertFalse(export.getJsonObject("user").getBoolean("is_anonymized"));
        assertTrue(export.getInt("total_items") >= 1, exported.body());
        List<String> members = List.copyOf(export.keySet());
        assertEquals("export_date", members.get(0), "the export's date first");
        assertEquals("user", members.get(1), "auth's part first of the parts: the module plan's order");
        assertEquals("total_items", members.get(members.size() - 1), "the count last");

        JsonObject check = Http.json(person.api().get("/api/v1/gdpr/can-erase"));
        assertTrue(check.getBoolean("can_erase"), check.toString());
        assertEquals(userId, check.getString("user_id"));
        assertEquals(0, check.getJsonArray("holds").size());

        HttpResponse<String> erased = person.api().delete("/api/v1/gdpr/erase");
        assertEquals(200, erased.statusCode(), erased.body());
        JsonObject erasure = Http.json(erased);
        assertTrue(erasure.getBoolean("success"));
        assertEquals(person.email(), erasure.getString("user_email"), "told the address it had, once");
        assertEquals(person.lastName(), erasure.getString("user_last_name"));
        assertEquals(1, erasure.getJsonObject("erased").getInt("users"), erased.body());
        assertTrue(erasure.containsKey("anonymized_at"), erased.body());

        assertProblem(person.api().get("/api/v1/auth/me"), 401);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/login",
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(person.email(), Api.PASSWORD)), 401);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/refresh",
                "{\"refresh_token\":\"" + person.api().refreshToken() + "\"}"), 401);
        assertEquals(1, database.count("select count(*) from users where id = '" + userId + "' and erased_at is not"
                + " null and not is_active and email = 'erased-" + userId + "@erased.invalid'"));
        assertEquals(0, database.count("select count(*) from users u where u::text ilike '%" + person.lastName()
                + "%' or u::text ilike '%" + person.email() + "%'"), "the person's words are gone");
        assertEquals(0, database.count("select count(*) from refresh_tokens where user_id = '" + userId + "'"));

        HttpResponse<String> again = Api.anonymous(platform).post("/api/v1/auth/register", """
                {"email":"%s","password":"%s","first_name":"Gudrun","last_name":"Nouvelle","role":"owner"}"""
                .formatted(person.email(), Api.PASSWORD));
        assertEquals(201, again.statusCode(), "the address is free again: " + again.body());

        assertProblem(admin.delete("/api/v1/admin/gdpr/users/" + userId + "/erase"), 410);

        List<String> events = auditEventsAbout(userId);
        assertEquals(List.of("GdprDataExported", "GdprErasureCheckRequested", "GdprDataErased",
                "GdprDataErasureFailed"), events);
        assertEquals(0, database.count("select count(*) from gdpr_audit_log a where a::text ilike '%"
                + person.lastName() + "%' or a::text ilike '%" + person.email() + "%' or a::text ilike '%Gudrun%'"),
                "the audit trail keeps ids, never the person's words");
    }

    /** The audit trail's event types about the user, oldest first, read through the superadmin's route. */
    private List<String> auditEventsAbout(String userId) throws Exception {
        HttpResponse<String> page = admin.get("/api/v1/admin/gdpr/audit-logs?user_id=" + userId + "&per_page=100");
        assertEquals(200, page.statusCode(), page.body());
        JsonObject logs = Http.json(page);
        JsonArray entries = logs.getJsonArray("logs");
        assertEquals(entries.size(), logs.getInt("total"), page.body());
        List<String> newestFirst = entries.getValuesAs(JsonObject.class).stream()
                .peek(entry -> assertEquals(userId, entry.getString("resource_id"), entry.toString()))
                .map(entry -> entry.getString("event_type")).collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Test
    void thePlatformsLastSuperadminIsHeldBackFromErasure() throws Exception {
        JsonObject check = Http.json(admin.get("/api/v1/gdpr/can-erase"));
        assertFalse(check.getBoolean("can_erase"), check.toString());
        JsonObject hold = check.getJsonArray("holds").getJsonObject(0);
        assertEquals("auth", hold.getString("module"));
        assertEquals("last_superadmin", hold.getString("code"));

        JsonObject refused = assertProblem(admin.delete("/api/v1/gdpr/erase"), 409);
        assertEquals("last_superadmin", refused.getJsonArray("holds").getJsonObject(0).getString("code"),
                refused.toString());
        assertEquals(check.getJsonArray("holds"), refused.getJsonArray("holds"), "can-erase and erase name the same");
        assertEquals(200, admin.get("/api/v1/auth/me").statusCode(), "nothing was erased");

        HttpResponse<String> failures = admin.get("/api/v1/admin/gdpr/audit-logs?user_id=" + admin.userId()
                + "&event_type=GdprDataErasureFailed&success=false");
        JsonObject entry = Http.json(failures).getJsonArray("logs").getJsonObject(0);
        // KoproGo's admin panel asks for every GDPR event as event_type=Gdpr; a name of no event is a 400
        JsonObject all = Http.json(admin.get("/api/v1/admin/gdpr/audit-logs?user_id=" + admin.userId()
                + "&event_type=Gdpr&per_page=100"));
        assertTrue(all.getJsonArray("logs").getValuesAs(JsonObject.class).stream()
                .anyMatch(log -> log.getString("id").equals(entry.getString("id"))), all.toString());
        assertTrue(all.getJsonArray("logs").getValuesAs(JsonObject.class).stream()
                .anyMatch(log -> log.getString("event_type").equals("GdprErasureCheckRequested")), all.toString());
        assertProblem(admin.get("/api/v1/admin/gdpr/audit-logs?event_type=UserLogin"), 400);
        assertEquals("last_superadmin", entry.getString("error_message"), entry.toString());
        assertEquals("superadmin", entry.getString("actor_role"));
        assertTrue(entry.getString("client_address").matches("127\\.0\\.0\\.0/24|0::/48"), entry.toString());
    }

    @Test
    void theAdminRoutesAreTheSuperadminsOnly() throws Exception {
        Person person = register();
        Api syndic = admin.newOrganizationSyndic();
        String id = person.api().userId();
        for (Api caller : List.of(syndic, person.api())) {
            assertProblem(caller.get("/api/v1/admin/gdpr/audit-logs"), 403);
            assertProblem(caller.get("/api/v1/admin/gdpr/users/" + id + "/export"), 403);
            assertProblem(caller.get("/api/v1/admin/gdpr/users/" + id + "/can-erase"), 403);
            assertProblem(caller.delete("/api/v1/admin/gdpr/users/" + id + "/erase"), 403);
        }
        // the same answer whatever the id: it tells nothing of who exists
        assertProblem(syndic.get("/api/v1/admin/gdpr/users/" + UUID.randomUUID() + "/export"), 403);
        assertProblem(Api.anonymous(platform).get("/api/v1/gdpr/export"), 401);

        HttpResponse<String> exported = admin.get("/api/v1/admin/gdpr/users/" + id + "/export");
        assertEquals(200, exported.statusCode(), exported.body());
        assertEquals(person.email(), Http.json(exported).getJsonObject("user").getString("email"));
        assertProblem(admin.get("/api/v1/admin/gdpr/users/" + UUID.randomUUID() + "/can-erase"), 404);
        assertTrue(Http.json(admin.get("/api/v1/admin/gdpr/users/" + id + "/can-erase")).getBoolean("can_erase"));
        JsonObject erasure = Http.json(admin.delete("/api/v1/admin/gdpr/users/" + id + "/erase"));
        assertEquals(person.email(), erasure.getString("user_email"));
        assertProblem(person.api().get("/api/v1/gdpr/export"), 401);

        JsonObject exportEntry = Http.json(admin.get("/api/v1/admin/gdpr/audit-logs?user_id=" + id
                + "&event_type=GdprDataExported")).getJsonArray("logs").getJsonObject(0);
        assertEquals(admin.userId(), exportEntry.getString("user_id"), "who acted");
        assertEquals("user", exportEntry.getString("resource_type"));
        assertEquals(id, exportEntry.getString("resource_id"), "about whom");

        assertProblem(admin.get("/api/v1/admin/gdpr/audit-logs?per_page=101"), 400);
        assertProblem(admin.get("/api/v1/admin/gdpr/audit-logs?success=maybe"), 400);
        assertProblem(admin.get("/api/v1/admin/gdpr/audit-logs?start_date=yesterday"), 400);
        JsonObject page = Http.json(admin.get("/api/v1/admin/gdpr/audit-logs?per_page=1&page=2"));
        assertEquals(1, page.getInt("per_page"));
        assertEquals(2, page.getInt("page"));
        assertEquals(page.getInt("total"), page.getInt("total_pages"));
    }

    /** A user's token of a syndic may not act on another organization's owner, nor on one who signs in. */
    @Test
    void aSyndicReachesOnlyItsOwnOrganizationsOwnersWithoutSignIn() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        Api otherSyndic = admin.newOrganizationSyndic();
        String owner = Property.ownerId(syndic);
        for (String route : List.of("/export", "/can-erase")) {
            assertProblem(otherSyndic.get("/api/v1/gdpr/owners/" + owner + route), 404);
        }
        assertProblem(otherSyndic.delete("/api/v1/gdpr/owners/" + owner + "/erase"), 404);
        assertProblem(syndic.createUser("accountant").get("/api/v1/gdpr/owners/" + owner + "/export"), 403);

        Person person = register();
        assertEquals(200, admin.put("/api/v1/users/" + person.api().userId(), """
                {"email":"%s","first_name":"Gudrun","last_name":"%s","roles":[{"role":"owner","organization_id":"%s"}]}"""
                .formatted(person.email(), person.lastName(), syndic.organizationId())).statusCode());
        String linked = Property.ownerId(syndic);
        assertEquals(200, syndic.put("/api/v1/owners/" + linked + "/link-user",
                "{\"user_id\":\"" + person.api().userId() + "\"}").statusCode());
        assertProblem(syndic.get("/api/v1/gdpr/owners/" + linked + "/export"), 409);
        assertProblem(syndic.delete("/api/v1/gdpr/owners/" + linked + "/erase"), 409);

        assertEquals(200, syndic.get("/api/v1/gdpr/owners/" + owner + "/can-erase").statusCode());
        HttpResponse<String> erased = syndic.delete("/api/v1/gdpr/owners/" + owner + "/erase");
        assertEquals(200, erased.statusCode(), erased.body());
        assertProblem(syndic.delete("/api/v1/gdpr/owners/" + owner + "/erase"), 410);
    }

    /** Stored answers to Idempotency-Key requests name people too: the erasure takes those naming its subject. */
    @Test
    void storedResponsesNamingTheErasedPersonGoWithThem() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String email = "stored-" + UUID.randomUUID().toString().substring(0, 8) + "@example.be";
        HttpResponse<String> created = Http.send(HttpRequest.newBuilder(platform.uri("/api/v1/users"))
                .header("Authorization", "Bearer " + syndic.token())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"email":"%s","password":"%s","first_name":"Gudrun","last_name":"Stored","role":"accountant"}"""
                        .formatted(email, Api.PASSWORD))));
        assertEquals(201, created.statusCode(), created.body());
        String where = " from idempotency_keys where response_body ilike '%" + email + "%'";
        assertEquals(1, database.count("select count(*)" + where), "the syndic's stored answer names the user");

        JsonObject erasure = Http.json(admin.delete("/api/v1/admin/gdpr/users/"
                + Http.json(created).getString("id") + "/erase"));
        assertEquals(1, erasure.getJsonObject("erased").getInt("idempotency_keys"), erasure.toString());
        assertEquals(0, database.count("select count(*)" + where));
    }

    @Test
    void exportsStopAtTheHourlyLimitAndSayWhenToComeBack() throws Exception {
        Person person = register();
        HttpResponse<String> forwarded = Http.send(HttpRequest.newBuilder(platform.uri("/api/v1/gdpr/export"))
                .header("Authorization", "Bearer " + person.api().token())
                .header("X-Forwarded-For", "203.0.113.77"));
        assertEquals(200, forwarded.statusCode(), forwarded.body());
        assertEquals(1, database.count("select count(*) from gdpr_audit_log where subject_user_id = '"
                + person.api().userId() + "' and client_address = '203.0.113.0/24'"), "the client's network, not more");
        for (int i = 1; i < EXPORTS_PER_HOUR; i++) {
            assertEquals(200, person.api().get("/api/v1/gdpr/export").statusCode());
        }
        HttpResponse<String> refused = person.api().get("/api/v1/gdpr/export");
        assertProblem(refused, 429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 3000 && retryAfter <= 3600, "the oldest export leaves the hour then: " + retryAfter);
        assertEquals(EXPORTS_PER_HOUR, database.count("select count(*) from gdpr_audit_log where subject_user_id = '"
                + person.api().userId() + "' and event_type = 'GdprDataExported'"), "a refused export is no export");
    }

    /** Admissions take turns: parallel exports cannot together pass the limit. */
    @Test
    void parallelExportsStillStopAtTheLimit() throws Exception {
        Person person = register();
        List<Integer> statuses = inParallel(2 * EXPORTS_PER_HOUR, () -> person.api().get("/api/v1/gdpr/export"));
        assertEquals(EXPORTS_PER_HOUR, Collections.frequency(statuses, 200), statuses.toString());
        assertEquals(EXPORTS_PER_HOUR, Collections.frequency(statuses, 429), statuses.toString());
    }

    /** Erasures of one person take turns: the second finds the first done. */
    @Test
    void twoErasuresAtOnceEraseOnce() throws Exception {
        Person person = register();
        String erase = "/api/v1/admin/gdpr/users/" + person.api().userId() + "/erase";
        List<Integer> statuses = inParallel(2, () -> admin.delete(erase));
        assertEquals(List.of(200, 410), statuses.stream().sorted().toList());
        assertEquals(1, database.count("select count(*) from gdpr_audit_log where subject_user_id = '"
                + person.api().userId() + "' and event_type = 'GdprDataErased'"));
    }

    private static List<Integer> inParallel(int times, Callable<HttpResponse<String>> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(times);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : clients.invokeAll(Collections.nCopies(times, request))) {
                statuses.add(answer.get().statusCode());
            }
            return statuses;
        } finally {
            clients.shutdown();
        }
    }
}
