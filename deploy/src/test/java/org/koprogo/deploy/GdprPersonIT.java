package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person with data in every module, through the GDPR routes as KoproGo's web client calls them: registered,
 * attached to an organization and linked to its owner record, holding shares of two units (one with another
 * co-owner), owing an approved expense, attending an assembly where they vote and hold the other's proxy, having
 * uploaded a document (as accountant) and with another linked to their assembly. Their export has every part and
 * nothing of the other co-owner; the unpaid expense refuses their erasure; once it is paid, erasure leaves none of
 * their words in any table of the database, the shares and amounts as they were, and their token refused at once.
 */
@ExtendWith(SharedPlatform.class)
class GdprPersonIT {

    static final String GDPR = "/api/v1/gdpr";

    final RunningPlatform platform;
    final Api admin;
    final Api syndic;

    GdprPersonIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
        this.syndic = admin.newOrganizationSyndic();
    }

    /** Someone's words, unique to this test, so that finding them anywhere in the database means they stayed. */
    record Person(String firstName, String lastName, String email) {

        static Person named(String firstName) {
            String tag = Property.unique();
            return new Person(firstName, "Gdprsubject" + tag, "gdpr-" + tag + "@example.be");
        }

        String owner() {
            return """
                    {"first_name":"%s","last_name":"%s","email":"%s","phone":"+32 470 12 34 56",
                     "address":"Rue des Érables 7","city":"Namur","postal_code":"5000","country":"Belgique"}"""
                    .formatted(firstName, lastName, email);
        }
    }

    @Test
    void aPersonIsExportedAloneThenErasedFromEveryTableOnceNothingHoldsThem() throws Exception {
        Person person = Person.named("Brigitte");
        Person other = Person.named("Octave");
        Api registered = register(person);
        String userId = registered.userId();
        String ownerId = ownerRecordOf(person);
        String otherId = syndic.created("/api/v1/owners", other.owner()).getString("id");
        assertEquals(200, syndic.put("/api/v1/owners/" + ownerId + "/link-user",
                "{\"user_id\":\"" + userId + "\"}").statusCode());

        String building = Property.buildingId(syndic);
        String alone = AssembliesIT.unit(syndic, building, "600");
        String shared = AssembliesIT.unit(syndic, building, "400");
        syndic.created("/api/v1/units/" + alone + "/owners", Property.share(ownerId, "1"));
        syndic.created("/api/v1/units/" + shared + "/owners", Property.share(ownerId, "0.5"));
        syndic.created("/api/v1/units/" + shared + "/owners", Property.share(otherId, "0.5"));
        String expense = approvedExpense(building);
        String meeting = heldAssembly(building, ownerId, otherId);

        Api accountant = switchTo(registered, "accountant");
        String uploaded = Uploads.uploaded(accountant, Uploads.Form.of(building, "WorksQuote", "Devis peinture")
                .file(Uploads.File.pdf("devis.pdf", 2_000, 7))).getString("id");
        String minutes = Uploads.uploaded(syndic, Uploads.Form.of(building, "MeetingMinutes", "Procès-verbal")
                .file(Uploads.File.pdf("pv.pdf", 3_000, 8))).getString("id");
        HttpResponse<String> linked = syndic.put("/api/v1/documents/" + minutes + "/link-meeting",
                "{\"meeting_id\":\"" + meeting + "\"}");
        assertEquals(200, linked.statusCode(), linked.body());

        HttpResponse<String> exported = accountant.get(GDPR + "/export");
        assertEquals(200, exported.statusCode(), exported.body());
        JsonObject export = Http.json(exported);
        Set<String> units = Set.of(alone, shared);
        assertExportIsTheirs(export, userId, person, ownerId, units, expense, meeting, otherId,
                Set.of(uploaded, minutes));
        for (String word : List.of(other.firstName(), other.lastName(), other.email())) {
            assertFalse(exported.body().contains(word), () -> "the other co-owner's " + word + " is in the export");
        }

        // the approved expense not paid holds the erasure, named the same way by the check and the refusal
        JsonObject check = Http.json(accountant.get(GDPR + "/can-erase"));
        assertFalse(check.getBoolean("can_erase"), check::toString);
        assertEquals(userId, check.getString("user_id"));
        assertUnpaidExpenseHolds(check.getJsonArray("holds"), expense);
        JsonObject refused = assertProblem(accountant.delete(GDPR + "/erase"), 409);
        assertUnpaidExpenseHolds(refused.getJsonArray("holds"), expense);
        assertEquals(200, accountant.get("/api/v1/auth/me").statusCode(), "refused, nothing was erased");

        // the sweep finds the words where they are before the erasure: the stored answer of an idempotent POST too
        assertTrue(columnsHolding(person.email(), person.lastName()).containsAll(List.of(
                "users.email holds " + person.email(), "owners.last_name holds " + person.lastName(),
                "idempotency_keys.response_body holds " + person.email())), "the sweep finds what it looks for");
        Map<String, List<String>> sharesBefore = Map.of(alone, shares(alone), shared, shares(shared));
        String amountBefore = Http.json(syndic.get("/api/v1/expenses/" + expense)).get("amount").toString();
        assertEquals(200, syndic.put("/api/v1/expenses/" + expense + "/mark-paid", null).statusCode());
        JsonObject free = Http.json(accountant.get(GDPR + "/can-erase"));
        assertTrue(free.getBoolean("can_erase"), free::toString);
        assertEquals(List.of(), free.getJsonArray("holds"));

        HttpResponse<String> erasing = accountant.delete(GDPR + "/erase");
        assertEquals(200, erasing.statusCode(), erasing.body());
        JsonObject erased = Http.json(erasing);
        assertTrue(erased.getBoolean("success"), erased::toString);
        assertEquals(userId, erased.getString("user_id"));
        assertEquals(person.email(), erased.getString("user_email"), "told to the person, before it went");
        assertEquals(1, erased.getInt("owners_anonymized"), erased::toString);
        assertEquals(1, erased.getJsonObject("erased").getInt("owners"), erased::toString);

        assertProblem(accountant.get("/api/v1/auth/me"), 401);
        assertProblem(accountant.get(GDPR + "/export"), 401);
        assertEquals(List.of(), columnsHolding(person.email(), person.lastName()),
                "the person's e-mail address or last name is still in these columns");

        assertEquals(sharesBefore, Map.of(alone, shares(alone), shared, shares(shared)), "the shares stay");
        assertEquals("100.00%", Http.json(syndic.get("/api/v1/units/" + shared + "/owners/total-percentage"))
                .getString("percentage_display"), "the shared unit is still held whole");
        assertEquals(amountBefore, Http.json(syndic.get("/api/v1/expenses/" + expense)).get("amount").toString());
        for (String search : List.of(person.lastName(), person.email(), person.firstName() + " " + person.lastName())) {
            assertEquals(List.of(), Property.ids(syndic.get("/api/v1/owners?search=" + search.replace(" ", "%20"))),
                    "owner search by " + search);
        }
        assertEquals(List.of(otherId), Property.ids(syndic.get("/api/v1/owners?search=" + other.lastName())));
        JsonObject record = Http.json(syndic.get("/api/v1/owners/" + ownerId));
        assertEquals("Owner", record.getString("last_name"), "the record stays, anonymised");
        assertEquals(userId, record.getString("user_id"), "and linked");
        assertProblem(syndic.put("/api/v1/owners/" + ownerId, person.owner()), 409);

        // a superadmin of its own, as exports are counted per actor on the platform the test classes share
        Api superadmin = admin.createUser("superadmin");
        HttpResponse<String> after = superadmin.get("/api/v1/admin/gdpr/users/" + userId + "/export");
        assertEquals(200, after.statusCode(), after.body());
        JsonObject anonymised = single(Http.json(after).getJsonArray("owners"));
        assertTrue(anonymised.getBoolean("is_anonymized"), anonymised::toString);
        assertEquals(ownerId, anonymised.getString("id"));
        for (String contact : List.of("phone", "address", "city", "postal_code", "country")) {
            assertTrue(!anonymised.containsKey(contact) || anonymised.isNull(contact), anonymised::toString);
        }
        assertEquals(units, ids(Http.json(after).getJsonArray("units"), "unit_id"), "the shares stay theirs");
        for (String word : List.of(person.lastName(), person.email())) {
            assertFalse(after.body().contains(word), () -> word + " is still in the export after the erasure");
        }

        assertProblem(admin.delete("/api/v1/admin/gdpr/users/" + userId + "/erase"), 410);
        assertEquals(201, Api.anonymous(platform).post("/api/v1/auth/register", registration(person)).statusCode(),
                "the old address is free again");
        assertEquals(201, syndic.post("/api/v1/owners", person.owner()).statusCode(),
                "and so is it among the organization's owners");
    }

    /**
     * More shares and expenses than one read takes (500), many on the same date: each part comes whole, every record
     * once. Planted in SQL, as only the batching is under test; exported by the syndic, the owner having no sign-in.
     */
    @Test
    void anOwnerWithMoreRecordsThanAReadHoldsIsExportedWhole() throws Exception {
        String ownerId = Property.ownerId(syndic);
        String building = Property.buildingId(syndic);
        int many = 1_203;
        try (Connection db = Psql.of(platform).connect();
             PreparedStatement units = db.prepareStatement("""
                     with planted as (
                         insert into units (id, organization_id, building_id, unit_number, unit_type, floor,
                                            surface_area, quota)
                         select gen_random_uuid(), ?::uuid, ?::uuid, 'B' || n, 'parking', -1, 12, 0.5
                         from generate_series(1, ?) n returning id, organization_id, building_id)
                     insert into unit_owners (id, organization_id, unit_id, building_id, owner_id,
                                              ownership_percentage, start_date)
                     select gen_random_uuid(), organization_id, id, building_id, ?::uuid, 1,
                            timestamptz '2020-01-01' + (random() * 2)::int * interval '1 day' from planted""");
             PreparedStatement expenses = db.prepareStatement("""
                     insert into expenses (id, organization_id, building_id, category, description, amount,
                                           expense_date)
                     select gen_random_uuid(), ?::uuid, ?::uuid, 'cleaning', 'Nettoyage ' || n, 10.00,
                            timestamptz '2025-01-01' + (n % 3) * interval '1 day'
                     from generate_series(1, ?) n""")) {
            for (PreparedStatement planting : List.of(units, expenses)) {
                planting.setString(1, syndic.organizationId());
                planting.setString(2, building);
                planting.setInt(3, many);
            }
            units.setString(4, ownerId);
            assertEquals(many, units.executeUpdate());
            assertEquals(many, expenses.executeUpdate());
        }

        HttpResponse<String> exported = syndic.get(GDPR + "/owners/" + ownerId + "/export");
        assertEquals(200, exported.statusCode(), exported.body());
        JsonObject export = Http.json(exported);
        assertEquals(many, ids(export.getJsonArray("units"), "unit_id").size());
        assertEquals(many, export.getJsonArray("units").size());
        assertEquals(many, ids(export.getJsonArray("expenses"), "id").size());
        assertEquals(many, export.getJsonArray("expenses").size());
        assertEquals(2 * many + 1, export.getInt("total_items"), "the owner record, its shares and expenses");
    }

    /** Registered as KoproGo's web client does, attached by a superadmin as owner and accountant, signed in. */
    private Api register(Person person) throws Exception {
        HttpResponse<String> registered = Api.anonymous(platform).post("/api/v1/auth/register", registration(person));
        assertEquals(201, registered.statusCode(), registered.body());
        String userId = Http.json(registered).getJsonObject("user").getString("id");
        HttpResponse<String> attached = admin.put("/api/v1/users/" + userId, """
                {"email":"%s","first_name":"%s","last_name":"%s","roles":[{"role":"owner","organization_id":"%s"},
                 {"role":"accountant","organization_id":"%s"}]}""".formatted(person.email(), person.firstName(),
                person.lastName(), syndic.organizationId(), syndic.organizationId()));
        assertEquals(200, attached.statusCode(), attached.body());
        return Api.login(platform, person.email(), Api.PASSWORD);
    }

    private static String registration(Person person) {
        return """
                {"email":"%s","password":"%s","first_name":"%s","last_name":"%s","role":"owner"}"""
                .formatted(person.email(), Api.PASSWORD, person.firstName(), person.lastName());
    }

    /** Created with an Idempotency-Key: the stored answer names the person, and must go with them. */
    private String ownerRecordOf(Person person) throws Exception {
        HttpResponse<String> created = Http.send(HttpRequest.newBuilder(platform.uri("/api/v1/owners"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + syndic.token())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(person.owner())));
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getString("id");
    }

    private String approvedExpense(String building) throws Exception {
        String path = "/api/v1/expenses/" + syndic.created("/api/v1/expenses", Property.expense(building, "1250.40"))
                .getString("id");
        assertEquals(200, syndic.put(path + "/submit", null).statusCode());
        assertEquals(200, syndic.put(path + "/approve", null).statusCode());
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** An assembly the person attends, holding the other's proxy and voting; held and completed. */
    private String heldAssembly(String building, String ownerId, String otherId) throws Exception {
        String path = AssembliesIT.assembly(syndic, building, 30, "Budget");
        AssembliesIT.convene(syndic, path);
        assertEquals(200, AssembliesIT.attend(syndic, path, ownerId, AssembliesIT.present()).statusCode());
        assertEquals(200, AssembliesIT.attend(syndic, path, otherId, AssembliesIT.representedBy(ownerId))
                .statusCode());
        String resolution = path + "/resolutions/" + syndic.created(path + "/resolutions",
                AssembliesIT.resolution(0, "absolute")).getString("id");
        assertEquals(200, syndic.post(path + "/open", null).statusCode());
        assertEquals(200, AssembliesIT.vote(syndic, resolution, ownerId, "for").statusCode());
        assertEquals(200, syndic.post(resolution + "/close", null).statusCode());
        HttpResponse<String> completed = syndic.post(path + "/complete", "{\"attendees_count\":2}");
        assertEquals(200, completed.statusCode(), completed.body());
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Signed in again under another of its roles (the session it had ends). */
    private Api switchTo(Api api, String role) throws Exception {
        String roleId = api.user().getJsonArray("roles").getValuesAs(JsonObject.class).stream()
                .filter(grant -> grant.getString("role").equals(role)).findFirst().orElseThrow().getString("id");
        HttpResponse<String> switched = api.post("/api/v1/auth/switch-role", "{\"role_id\":\"" + roleId + "\"}");
        assertEquals(200, switched.statusCode(), switched.body());
        return Api.signedIn(platform, Http.json(switched));
    }

    private static void assertExportIsTheirs(JsonObject export, String userId, Person person, String ownerId,
                                             Set<String> units, String expense, String meeting, String otherId,
                                             Set<String> documents) {
        List<String> members = List.copyOf(export.keySet());
        assertEquals("export_date", members.get(0), members::toString);
        assertEquals("total_items", members.get(members.size() - 1), members::toString);
        assertTrue(members.containsAll(List.of("user", "owners", "units", "expenses", "meetings", "proxies_held",
                "documents")), members::toString);

        JsonObject user = export.getJsonObject("user");
        assertEquals(userId, user.getString("id"));
        assertEquals(person.email(), user.getString("email"));
        JsonObject owner = single(export.getJsonArray("owners"));
        assertEquals(ownerId, owner.getString("id"));
        assertEquals(person.lastName(), owner.getString("last_name"));
        assertEquals("Namur", owner.getString("city"));
        assertFalse(owner.getBoolean("is_anonymized"));
        assertEquals(units, ids(export.getJsonArray("units"), "unit_id"));
        export.getJsonArray("units").getValuesAs(JsonObject.class).forEach(share -> {
            assertTrue(share.getString("building_name").startsWith("Résidence "), share::toString);
            assertEquals("Rue Haute 1", share.getString("building_address"), share::toString);
            assertEquals(2, share.getInt("floor"), share::toString);
        });
        JsonObject owed = single(export.getJsonArray("expenses"));
        assertEquals(expense, owed.getString("id"));
        assertEquals("1250.40", owed.getJsonNumber("amount").bigDecimalValue().toPlainString());
        assertFalse(owed.getBoolean("paid"));
        JsonObject attended = single(export.getJsonArray("meetings"));
        assertEquals(meeting, attended.getString("id"));
        assertEquals("for", single(attended.getJsonArray("votes")).getString("choice"));
        assertEquals(otherId, single(export.getJsonArray("proxies_held")).getString("principal_owner_id"));
        assertEquals(documents, ids(export.getJsonArray("documents"), "id"));
        export.getJsonArray("documents").getValuesAs(JsonObject.class).forEach(document -> assertEquals(
                "/api/v1/documents/" + document.getString("id") + "/download", document.getString("download_url")));

        int records = 1 + export.values().stream().filter(value -> value.getValueType() == JsonValue.ValueType.ARRAY)
                .mapToInt(value -> value.asJsonArray().size()).sum();
        assertEquals(records, export.getInt("total_items"));
    }

    private static void assertUnpaidExpenseHolds(JsonArray holds, String expense) {
        JsonObject hold = single(holds);
        assertEquals("expenses", hold.getString("module"));
        assertEquals("unpaid_expenses", hold.getString("code"));
        assertTrue(hold.getString("detail").contains(expense), hold::toString);
    }

    private static JsonObject single(JsonArray array) {
        assertEquals(1, array.size(), array::toString);
        return array.getJsonObject(0);
    }

    private static Set<String> ids(JsonArray array, String member) {
        return array.getValuesAs(JsonObject.class).stream().map(item -> item.getString(member))
                .collect(Collectors.toSet());
    }

    /** The unit's active shares: owner and fraction. */
    private List<String> shares(String unit) throws Exception {
        return Http.jsonArray(syndic.get("/api/v1/units/" + unit + "/owners")).getValuesAs(JsonObject.class).stream()
                .map(share -> share.getString("owner_id") + "=" + share.get("ownership_percentage")).sorted()
                .toList();
    }

    /** Every text column of every table of the platform (JSON too) where one of the words is, ignoring case. */
    private List<String> columnsHolding(String... words) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection db = Psql.of(platform).connect();
             PreparedStatement columns = db.prepareStatement("select c.table_name, c.column_name"
                     + " from information_schema.columns c join information_schema.tables t"
                     + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                     + " where c.table_schema = 'public' and t.table_type = 'BASE TABLE'"
                     + " and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')");
             ResultSet text = columns.executeQuery()) {
            while (text.next()) {
                String table = text.getString(1);
                String column = text.getString(2);
                for (String word : words) {
                    try (PreparedStatement holding = db.prepareStatement("select count(*) from \"" + table
                            + "\" where strpos(lower(\"" + column + "\"::text), lower(?)) > 0")) {
                        holding.setString(1, word);
                        try (ResultSet count = holding.executeQuery()) {
                            count.next();
                            if (count.getLong(1) > 0) {
                                found.add(table + "." + column + " holds " + word);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
