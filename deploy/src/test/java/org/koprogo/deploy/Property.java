package org.koprogo.deploy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

/** Request bodies in KoproGo's shapes, and the resources the domain tests build on. */
final class Property {

    private Property() {
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String building(int totalTantiemes) {
        return """
                {"name":"Résidence %s","address":"Rue Haute 1","city":"Bruxelles","postal_code":"1000",
                 "country":"Belgique","total_units":10,"total_tantiemes":%d}""".formatted(unique(), totalTantiemes);
    }

    static String unit(String buildingId, String number, String type, String quota) {
        return """
                {"building_id":"%s","unit_number":"%s","unit_type":"%s","floor":2,"surface_area":85.5,"quota":%s}"""
                .formatted(buildingId, number, type, quota);
    }

    /** As KoproGo's realistic load test sends it. */
    static String owner(String firstName, String email) {
        return """
                {"first_name":"%s","last_name":"Martin","email":"%s","phone":"+32499123456",
                 "address":"Avenue Louise 123","city":"Bruxelles","postal_code":"1000","country":"Belgique"}"""
                .formatted(firstName, email);
    }

    /** As KoproGo's realistic load test sends it. */
    static String expense(String buildingId, String amount) {
        return """
                {"building_id":"%s","category":"Maintenance","description":"Entretien mensuel","amount":%s,
                 "expense_date":"2025-10-30T00:00:00Z","payment_status":"Pending","supplier":"Maintenance Plus",
                 "invoice_number":"INV-%s"}""".formatted(buildingId, amount, unique());
    }

    static String share(String ownerId, String percentage) {
        return "{\"owner_id\":\"%s\",\"ownership_percentage\":%s,\"is_primary_contact\":false}"
                .formatted(ownerId, percentage);
    }

    static String buildingId(Api api) throws IOException, InterruptedException {
        return api.created("/api/v1/buildings", building(1000)).getString("id");
    }

    static String unitId(Api api, String buildingId) throws IOException, InterruptedException {
        return api.created("/api/v1/units", unit(buildingId, "A" + unique(), "Apartment", "100")).getString("id");
    }

    static String ownerId(Api api) throws IOException, InterruptedException {
        return api.created("/api/v1/owners", owner("Jean", "jean." + unique() + "@example.com")).getString("id");
    }

    static List<String> ids(HttpResponse<String> list) {
        return Http.json(list).getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("id")).toList();
    }

    /** The ids of a list answered as a bare array (KoproGo's sub-resource lists). */
    static List<String> bareIds(HttpResponse<String> list) {
        return Http.jsonArray(list).getValuesAs(JsonObject.class).stream().map(item -> item.getString("id")).toList();
    }
}
