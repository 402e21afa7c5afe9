package org.koprogo.load.traffic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The JSON a virtual user posts. Every body carries a new UUID or counter, so that a correct server answers 201,
 * never 409, whichever virtual user or run sent it; the field a fault run's {@link WriteLedger} counts (e-mail,
 * description, unit number, title) is unique across runs. Values are fixed ASCII or UUIDs: no escaping is needed.
 */
final class RequestBodies {

    private static final Duration MEETINGS_AHEAD = Duration.ofDays(30);

    private final int user;
    private long counter;
    private long meetings;

    RequestBodies(int user) {
        this.user = user;
    }

    /** Unit quotas of a building sum to at most its tantièmes: 1,000,000 leaves room for any number of units. */
    byte[] building() {
        return utf8("{\"name\":\"Load VU " + user + " " + uuid8() + "\",\"address\":\"Rue de la Charge 1\","
                + "\"city\":\"Bruxelles\",\"postal_code\":\"1000\",\"country\":\"Belgique\",\"total_units\":0,"
                + "\"total_tantiemes\":1000000,\"construction_year\":2000}");
    }

    byte[] unit(String buildingId) {
        return utf8("{\"building_id\":\"" + buildingId + "\",\"unit_number\":\"L" + user + "-" + (++counter)
                + "-" + uuid8() + "\",\"unit_type\":\"Apartment\",\"floor\":1,\"surface_area\":75.5,\"quota\":0.01}");
    }

    byte[] owner() {
        return utf8("{\"first_name\":\"Load\",\"last_name\":\"Owner " + (++counter) + "\",\"email\":\"load-"
                + UUID.randomUUID() + "@example.be\",\"phone\":\"+32470000000\",\"address\":\"Rue du Test 1\","
                + "\"city\":\"Bruxelles\",\"postal_code\":\"1000\",\"country\":\"Belgique\"}");
    }

    byte[] expense(String buildingId) {
        return utf8("{\"building_id\":\"" + buildingId + "\",\"category\":\"Maintenance\",\"description\":"
                + "\"Load test " + UUID.randomUUID() + "\",\"amount\":150.50,\"expense_date\":"
                + "\"2025-10-30T00:00:00Z\",\"supplier\":\"Load SA\",\"invoice_number\":\"INV-" + uuid8()
                + "\",\"payment_status\":\"Pending\"}");
    }

    /** Ordinary and extraordinary in turn, scheduled a month ahead as a syndic convenes one. */
    byte[] meeting(String buildingId) {
        String type = ++meetings % 2 == 1 ? "Ordinary" : "Extraordinary";
        return utf8("{\"building_id\":\"" + buildingId + "\",\"meeting_type\":\"" + type + "\",\"title\":"
                + "\"AG " + type + " VU " + user + " #" + meetings + " " + uuid8() + "\",\"description\":\"Load test "
                + UUID.randomUUID() + "\",\"scheduled_date\":\"" + Instant.now().plus(MEETINGS_AHEAD)
                .truncatedTo(ChronoUnit.SECONDS) + "\",\"location\":\"Salle polyvalente\"}");
    }

    byte[] share(String ownerId) {
        return utf8("{\"owner_id\":\"" + ownerId + "\",\"ownership_percentage\":" + ShareLedger.SHARE
                + ",\"is_primary_contact\":false}");
    }

    private static String uuid8() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
