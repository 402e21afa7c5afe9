package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shape of the served {@code /openapi}: what a client generator reads must be what the wire carries. Contract
 * checks each exchange of the other tests against it; this checks the document's own promises.
 */
@ExtendWith(SharedPlatform.class)
class OpenApiDocumentIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> ANONYMOUS = Set.of("login", "register", "refreshToken", "logout", "getHealth",
            "getModules");

    private final RunningPlatform platform;
    private final JsonObject document;

    OpenApiDocumentIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.document = document(platform);
    }

    static JsonObject document(RunningPlatform platform) throws Exception {
        return Http.json(Http.send(HttpRequest.newBuilder(platform.uri("/openapi"))
                .header("Accept", "application/json")));
    }

    @Test
    void titleAndVersionComeFromTheBuild() {
        assertEquals("KoproGo Platform API", document.getJsonObject("info").getString("title"));
        assertEquals(System.getProperty("koprogo.version"), document.getJsonObject("info").getString("version"));
        assertTrue(document.getString("openapi").startsWith("3.0"), document.getString("openapi"));
        assertEquals(Set.of("openapi", "info", "servers", "tags", "paths", "components"), document.keySet(),
                "only members OpenAPI defines");
    }

    @Test
    void propertiesAreNamedAsOnTheWire() {
        schemas().forEach((name, schema) -> properties(schema.asJsonObject()).keySet().forEach(property ->
                assertTrue(property.matches("[a-z][a-z0-9_]*"), name + "." + property + " is not snake_case")));
        assertTrue(properties(schema("BuildingResponse")).containsKey("total_tantiemes"));
        assertTrue(properties(schema("UserResponse")).containsKey("is_active"), "@JsonProperty is honoured");
        assertTrue(properties(schema("ShareRequest")).containsKey("is_primary_contact"));
    }

    @Test
    void enumValuesAreTheOnesSent() {
        assertEquals(List.of("Maintenance", "Repairs", "Insurance", "Utilities", "Cleaning", "Administration",
                "Works", "Other"), values(property("ExpenseResponse", "category"), "enum"));
        assertTrue(values(property("ExpenseResponse", "approval_status"), "enum").contains("PendingApproval"));
        assertTrue(values(property("UserResponse", "role"), "enum").contains("syndic"), "roles are lower case");
        // requests take them in any case, as JsonMapping reads them
        String pattern = property("UnitRequest", "unit_type").getString("pattern");
        for (String sent : List.of("Apartment", "apartment", "APARTMENT")) {
            assertTrue(Pattern.compile(pattern).matcher(sent).find(), sent + " ~ " + pattern);
        }
        assertFalse(Pattern.compile(pattern).matcher("Flat").find());
    }

    @Test
    void requiredMembersFormatsAndBoundsComeFromTheCode() {
        assertEquals(Set.of("building_id", "category", "description", "amount", "expense_date"),
                Set.copyOf(values(schema("ExpenseRequest"), "required")), "@NotNull and @NotBlank");
        assertTrue(values(schema("BuildingResponse"), "required").contains("total_units"), "primitives");
        assertFormat("ExpenseResponse", "amount", "number", "decimal");
        assertFormat("ExpenseResponse", "id", "string", "uuid");
        assertFormat("ExpenseResponse", "expense_date", "string", "date-time");
        assertFormat("Pagination", "total_items", "integer", "int64");
        assertEquals(255, property("BuildingRequest", "name").getInt("maxLength"), "@Size");
        assertEquals(2100, property("BuildingRequest", "construction_year").getJsonNumber("maximum").intValue());
    }

    @Test
    void listsShareOneEnvelope() {
        JsonObject page = schema(refName(success(operation("listBuildings"), "200")));
        assertEquals("BuildingResponse", refName(properties(page).get("data").asJsonObject().getJsonObject("items")));
        assertEquals("Pagination", refName(properties(page).get("pagination").asJsonObject()));
        assertEquals(Set.of("current_page", "per_page", "total_items", "total_pages", "has_next", "has_previous"),
                properties(schema("Pagination")).keySet());
        Set<String> parameters = new HashSet<>();
        operation("listBuildings").getJsonArray("parameters")
                .forEach(parameter -> parameters.add(parameter.asJsonObject().getString("name")));
        assertEquals(Set.of("page", "per_page", "sort_by", "order"), parameters);
    }

    /** KoproGo's bare-array lists: an array of their items, the total and the links in headers. */
    @Test
    void bareListsAreArraysWithPageHeaders() {
        Map<String, String> items = Map.of("listBuildingUnits", "UnitResponse", "listBuildingExpenses",
                "ExpenseResponse", "listUnitShares", "ShareResponse", "listUnitShareHistory", "ShareResponse",
                "listOwnerShares", "ShareResponse", "listOwnerShareHistory", "ShareResponse");
        items.forEach((id, item) -> {
            JsonObject body = success(operation(id), "200");
            assertEquals("array", body.getString("type"), id);
            assertEquals(item, refName(body.getJsonObject("items")), id);
            JsonObject headers = operation(id).getJsonObject("responses").getJsonObject("200")
                    .getJsonObject("headers");
            assertEquals(Set.of("X-Total-Count", "Link"), headers.keySet(), id);
            assertEquals("integer", headers.getJsonObject("X-Total-Count").getJsonObject("schema").getString("type"));
        });
    }

    @Test
    void operationIdsAreUniqueAndReadWell() {
        List<String> ids = new ArrayList<>();
        operations((route, operation) -> ids.add(operation.getString("operationId")));
        assertEquals(ids.size(), new HashSet<>(ids).size(), () -> "duplicates in " + ids);
        assertTrue(ids.containsAll(List.of("listBuildings", "getBuilding", "createBuilding", "approveExpense",
                "createUnit", "createOwner", "grantShare", "createExpense", "login")), ids::toString);
        ids.forEach(id -> assertTrue(id.matches("[a-z][A-Za-z0-9]*"), id));
    }

    /** The document's promise about security, checked against the wire: an anonymous GET of a role route is 401. */
    @Test
    void roleRoutesNeedTheBearerTokenAndOnlyThey() throws Exception {
        JsonObject scheme = document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer");
        assertEquals("http", scheme.getString("type"));
        assertEquals("bearer", scheme.getString("scheme"));
        assertEquals("JWT", scheme.getString("bearerFormat"));
        Api anonymous = Api.anonymous(platform);
        Map<String, Boolean> secured = new TreeMap<>();
        operations((route, operation) -> secured.put(operation.getString("operationId"),
                operation.containsKey("security")));
        secured.forEach((id, needsToken) -> assertEquals(!ANONYMOUS.contains(id), needsToken, id));
        for (Map.Entry<String, JsonObject> get : gets().entrySet()) {
            if (!get.getKey().contains("{")) {
                int status = anonymous.get(get.getKey()).statusCode();
                assertEquals(get.getValue().containsKey("security"), status == 401,
                        get.getKey() + " answered " + status);
            }
        }
    }

    @Test
    void everyRouteHasItsModulesTag() {
        Set<String> tags = new TreeSet<>();
        document.getJsonArray("tags").forEach(tag -> tags.add(tag.asJsonObject().getString("name")));
        assertEquals(Set.of("auth", "buildings", "owners", "expenses", "meetings", "documents", "gdpr", "seed",
                "stats", "health", "modules"), tags);
        Map<String, String> tagOf = new TreeMap<>();
        operations((route, operation) -> {
            assertEquals(1, operation.getJsonArray("tags").size(), route);
            tagOf.put(operation.getString("operationId"), operation.getJsonArray("tags").getString(0));
        });
        assertEquals("buildings", tagOf.get("listBuildings"));
        assertEquals("buildings", tagOf.get("createUnit"));
        assertEquals("expenses", tagOf.get("listBuildingExpenses"), "module-expenses' route under /buildings");
        assertEquals("meetings", tagOf.get("listBuildingMeetings"), "module-meetings' route under /buildings");
        assertEquals("documents", tagOf.get("listBuildingDocuments"), "module-documents' route under /buildings");
        assertEquals("owners", tagOf.get("grantShare"));
        assertEquals("auth", tagOf.get("createUser"));
    }

    @Test
    void errorsAreProblemsWithTheirStatuses() {
        JsonObject problem = schema("Problem");
        assertTrue(properties(problem).keySet().containsAll(Set.of("type", "title", "status", "detail", "instance",
                "correlation_id", "errors")));
        assertEquals(Set.of("pointer", "parameter", "detail"),
                properties(schema(refName(properties(problem).get("errors").asJsonObject().getJsonObject("items"))))
                        .keySet());
        operations((route, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            responses.forEach((status, response) -> {
                if (status.equals("default") || status.startsWith("4") || status.startsWith("5")) {
                    assertEquals("#/components/schemas/Problem", response.asJsonObject().getJsonObject("content")
                            .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"),
                            route + " " + status);
                }
            });
            assertTrue(responses.containsKey("503") && responses.containsKey("default"), route);
            if (operation.containsKey("security")) {
                assertTrue(responses.containsKey("401") && responses.containsKey("403"), route);
            }
            if (route.contains("{")) {
                assertTrue(responses.containsKey("404"), route);
            }
            if (operation.containsKey("requestBody")) {
                assertTrue(responses.keySet().containsAll(Set.of("400", "413", "415")), route);
            }
            if (!route.startsWith("get ")) {
                assertTrue(responses.containsKey("409"), route);
            }
        });
        assertTrue(operation("login").getJsonObject("responses").containsKey("429"));
        JsonObject getUnit = operation("getUnit").getJsonObject("responses");
        assertTrue(getUnit.getJsonObject("200").getJsonObject("headers").containsKey("ETag"));
        assertTrue(getUnit.containsKey("304"), "a conditional GET");
        assertTrue(operation("updateUnit").getJsonObject("responses").containsKey("412"), "If-Match is honoured");
        assertTrue(operation("createUnit").getJsonObject("responses").getJsonObject("201").getJsonObject("headers")
                .containsKey("Location"));
    }

    /** A disabled module leaves no trace; the rest of the document is the same. */
    @Test
    void disabledModulesAreAbsentAndTheRestPresent() throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("koprogo.it.dir", "target")), "openapi-");
        try (RunningPlatform smaller = RunningPlatform.start(dir.resolve("data"),
                Map.of("KOPROGO_MODULES_DISABLED", "expenses,seed"))) {
            JsonObject without = document(smaller);
            Set<String> expected = new TreeSet<>();
            operations(document, (route, operation) -> {
                String tag = operation.getJsonArray("tags").getString(0);
                if (!tag.equals("expenses") && !tag.equals("seed")) {
                    expected.add(route + " " + operation.getString("operationId"));
                }
            });
            Set<String> served = new TreeSet<>();
            operations(without, (route, operation) -> served.add(route + " " + operation.getString("operationId")));
            assertEquals(expected, served);
            assertFalse(without.getJsonObject("components").getJsonObject("schemas").containsKey("ExpenseResponse"));
            Set<String> tags = new TreeSet<>();
            without.getJsonArray("tags").forEach(tag -> tags.add(tag.asJsonObject().getString("name")));
            assertEquals(Set.of("auth", "buildings", "owners", "meetings", "documents", "gdpr", "stats", "health",
                    "modules"),
                    tags);
        }
    }

    private void assertFormat(String schema, String property, String type, String format) {
        JsonObject value = property(schema, property);
        assertEquals(type, value.getString("type"), schema + "." + property);
        assertEquals(format, value.getString("format"), schema + "." + property);
    }

    private void operations(BiConsumer<String, JsonObject> each) {
        operations(document, each);
    }

    private static void operations(JsonObject document, BiConsumer<String, JsonObject> each) {
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                each.accept(method + " " + path, operation.asJsonObject());
            }
        }));
    }

    private Map<String, JsonObject> gets() {
        Map<String, JsonObject> gets = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> {
            if (item.asJsonObject().containsKey("get")) {
                gets.put(path, item.asJsonObject().getJsonObject("get"));
            }
        });
        return gets;
    }

    private JsonObject operation(String id) {
        List<JsonObject> found = new ArrayList<>();
        operations((route, operation) -> {
            if (operation.getString("operationId").equals(id)) {
                found.add(operation);
            }
        });
        assertEquals(1, found.size(), id);
        return found.get(0);
    }

    private static JsonObject success(JsonObject operation, String status) {
        return operation.getJsonObject("responses").getJsonObject(status).getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema");
    }

    private JsonObject schemas() {
        return document.getJsonObject("components").getJsonObject("schemas");
    }

    private JsonObject schema(String name) {
        JsonObject schema = schemas().getJsonObject(name);
        assertNotNull(schema, name);
        return schema;
    }

    private static String refName(JsonObject schema) {
        String ref = schema.containsKey("allOf") ? schema.getJsonArray("allOf").getJsonObject(0).getString("$ref")
                : schema.getString("$ref");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static Map<String, JsonValue> properties(JsonObject schema) {
        return schema.containsKey("properties") ? schema.getJsonObject("properties") : Map.of();
    }

    private JsonObject property(String schema, String property) {
        JsonValue value = properties(schema(schema)).get(property);
        assertNotNull(value, schema + "." + property);
        return value.asJsonObject();
    }

    private static List<String> values(JsonObject schema, String member) {
        return schema.getJsonArray(member).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
