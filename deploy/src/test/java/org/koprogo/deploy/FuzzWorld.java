package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The world the fuzz test attacks: organization A with a building, a unit, owners, a share, an expense, a
 * meeting, an account and users; the principals that call (anonymous, A's syndic, an owner of A holding a
 * share, the syndic of organization B); and for every route the sensible values a hostile input then replaces
 * one at a time.
 */
final class FuzzWorld {

    /** Who sends a request; {@code token} is null for anonymous. */
    record Principal(String name, String token) {
    }

    /** A real account of A's own chart, unique to A. */
    private static final String ACCOUNT_CODE = "6119901";
    private static final List<String> EXPENSE_STEPS = List.of("submit", "approve", "reject", "mark-paid", "cancel",
            "submit-for-approval");

    final Principal anonymous = new Principal("anonymous", null);
    final Principal syndic;
    final Principal owner;
    final Principal otherSyndic;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final String spareUserEmail;

    private FuzzWorld(Api syndicApi, Api ownerApi, Api otherApi, String spareUserEmail) {
        this.syndic = new Principal("syndic", syndicApi.token());
        this.owner = new Principal("owner", ownerApi.token());
        this.otherSyndic = new Principal("other-organization-syndic", otherApi.token());
        this.spareUserEmail = spareUserEmail;
    }

    static FuzzWorld build(RunningPlatform platform) throws Exception {
        Api admin = Api.admin(platform);
        // the largest plan: the walk creates many buildings and users, and must not run into the plan's limits
        Api syndic = admin.createUser("syndic", admin.created("/api/v1/organizations", """
                {"name":"Copropriété Fuzz","slug":"copro-fuzz","contact_email":"syndic@fuzz.be",
                 "subscription_plan":"enterprise"}""").getString("id"));
        Api owner = syndic.createUser("owner");
        Api spare = syndic.createUser("accountant");
        FuzzWorld world = new FuzzWorld(syndic, owner, admin.newOrganizationSyndic(), spare.user().getString("email"));
        String building = Property.buildingId(syndic);
        String unit = Property.unitId(syndic, building);
        String ownerId = Property.ownerId(syndic);
        HttpResponse<String> linked = syndic.put("/api/v1/owners/" + ownerId + "/link-user",
                "{\"user_id\":\"" + owner.userId() + "\"}");
        assertEquals(200, linked.statusCode(), linked.body());
        syndic.created("/api/v1/units/" + unit + "/owners", Property.share(ownerId, "0.5"));
        world.ids.put("building", building);
        world.ids.put("unit", unit);
        world.ids.put("owner", ownerId);
        world.ids.put("second_owner", Property.ownerId(syndic));
        world.ids.put("expense", syndic.created("/api/v1/expenses", Property.expense(building, "10")).getString("id"));
        world.ids.put("meeting", syndic.created("/api/v1/meetings", MeetingsIT.meeting(building)).getString("id"));
        world.ids.put("user", spare.userId());
        world.ids.put("organization", syndic.organizationId());
        syndic.created("/api/v1/accounts", "{\"code\":\"" + ACCOUNT_CODE + "\",\"label\":\"Fuzz\",\"parent_code\":\"611\"}");
        return world;
    }

    /**
     * Whether the request is organization B's syndic naming one of A's resources: in the path, or in the body
     * (but organization_id, which a syndic's body cannot decide). Nothing of that may succeed.
     */
    boolean reachesAcrossOrganizations(FuzzRequest request) {
        if (request.principal() != otherSyndic) {
            return false;
        }
        String body = request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8);
        return ids.entrySet().stream().anyMatch(id -> request.path().contains(id.getValue())
                || !id.getKey().equals("organization") && body.contains(id.getValue()));
    }

    List<Principal> principals() {
        return List.of(anonymous, syndic, owner, otherSyndic);
    }

    /** The sensible values of a path parameter: the first is A's resource, the others other valid spellings. */
    List<String> pathValues(FuzzRoute route, String parameter) {
        return switch (parameter) {
            case "step" -> EXPENSE_STEPS;
            case "kind" -> List.of("demo", "realistic");
            case "code" -> List.of(ACCOUNT_CODE, "611");
            case "buildingId" -> List.of(ids.get("building"));
            case "unitId" -> List.of(ids.get("unit"));
            case "ownerId" -> List.of(ids.get("owner"));
            default -> List.of(idOfCollection(route.template(), parameter));
        };
    }

    /** {@code /api/v1/units/{id}} takes a unit: the segment before the parameter names its kind. */
    private String idOfCollection(String template, String parameter) {
        String before = template.substring(0, template.indexOf("{" + parameter + "}") - 1);
        String collection = before.substring(before.lastIndexOf('/') + 1);
        String kind = collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
        return ids.getOrDefault(kind, ids.get("building"));
    }

    /** The template with every parameter at its first sensible value. */
    String path(FuzzRoute route) {
        String path = route.template();
        for (String parameter : route.pathParameters()) {
            path = path.replace("{" + parameter + "}", pathValues(route, parameter).get(0));
        }
        return path;
    }

    /**
     * A sensible body for the route, property by property (wire name to JSON text): the shape KoproGo's clients
     * send where this test knows the route, else a value fitting each property the document names.
     * {@code %u} stands for a number unique to each request (emails, slugs and codes must not clash).
     */
    Map<String, String> body(FuzzRoute route) {
        Map<String, String> body = new LinkedHashMap<>();
        knownShape(route).ifPresentOrElse(
                known -> known.forEach((name, value) -> body.put(name, value.toString())),
                () -> route.bodyProperties().forEach((name, schema) -> body.put(name, valueFor(name, schema))));
        return body;
    }

    /** The properties to make hostile: those of the sensible body and those the document names. */
    Set<String> properties(FuzzRoute route) {
        Set<String> properties = new LinkedHashSet<>(body(route).keySet());
        properties.addAll(route.bodyProperties().keySet());
        return properties;
    }

    private Optional<JsonObject> knownShape(FuzzRoute route) {
        String template = route.template();
        String json;
        if (template.endsWith("/auth/login")) {
            json = "{\"email\":\"" + spareUserEmail + "\",\"password\":\"" + Api.PASSWORD + "\"}";
        } else if (template.endsWith("/auth/refresh") || template.endsWith("/auth/logout")) {
            json = "{\"refresh_token\":\"fuzz-not-a-token\"}";
        } else if (template.startsWith("/api/v1/organizations")) {
            json = "{\"name\":\"Copro %u\",\"slug\":\"copro-%u\",\"contact_email\":\"c%u@example.be\","
                    + "\"subscription_plan\":\"professional\"}";
        } else if (template.startsWith("/api/v1/users")) {
            json = "{\"email\":\"u%u@example.be\",\"password\":\"" + Api.PASSWORD
                    + "\",\"first_name\":\"Jeanne\",\"last_name\":\"Dupont\",\"role\":\"accountant\"}";
        } else if (template.equals("/api/v1/buildings") || template.equals("/api/v1/buildings/{id}")) {
            json = Property.building(1000);
        } else if (template.equals("/api/v1/units") || template.equals("/api/v1/units/{id}")) {
            json = Property.unit(ids.get("building"), "U%u", "Apartment", "1");
        } else if (template.equals("/api/v1/owners") || template.equals("/api/v1/owners/{id}")) {
            json = Property.owner("Jean", "o%u@example.com");
        } else if (template.equals("/api/v1/expenses") || template.equals("/api/v1/expenses/{id}")) {
            json = Property.expense(ids.get("building"), "10");
        } else if (template.endsWith("/{step}")) {
            json = "{\"rejection_reason\":\"Trop cher\"}";
        } else if (template.endsWith("/owners/transfer")) {
            json = "{\"from_owner_id\":\"%s\",\"to_owner_id\":\"%s\"}".formatted(ids.get("owner"), ids.get("second_owner"));
        } else if (template.endsWith("/units/{unitId}/owners")) {
            json = Property.share(ids.get("second_owner"), "0.01");
        } else if (template.endsWith("/link-user")) {
            json = "{\"user_id\":\"" + ids.get("user") + "\"}";
        } else if (template.equals("/api/v1/accounts")) {
            json = "{\"code\":\"612%u\",\"label\":\"Compte %u\",\"parent_code\":\"612\"}";
        } else if (template.startsWith("/api/v1/accounts/")) {
            json = "{\"label\":\"Compte %u\",\"parent_code\":\"611\"}";
        } else {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return Optional.of(reader.readObject());
        }
    }

    /** A plausible value from the property's name and schema, for routes this test does not know. */
    private String valueFor(String name, JsonObject schema) {
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0).toString().toLowerCase();
        }
        if (name.endsWith("_id")) {
            String kind = name.substring(0, name.length() - 3).replaceFirst("^(from|to)_", "");
            return HostileInputs.quoted(ids.getOrDefault(kind, ids.get("building")));
        }
        if (name.contains("email")) {
            return "\"f%u@example.be\"";
        }
        if (name.contains("date")) {
            return "\"2025-10-30T00:00:00Z\"";
        }
        return switch (schema.getString("type", "string")) {
            case "integer" -> "1";
            case "number" -> "0.01";
            case "boolean" -> "false";
            default -> "\"Fuzz %u\"";
        };
    }
}
