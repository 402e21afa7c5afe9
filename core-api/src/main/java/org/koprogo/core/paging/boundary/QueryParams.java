package org.koprogo.core.paging.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.koprogo.core.json.control.Storable;
import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;

/** Typed filters from query text, failing as a 400 that names the parameter (JAX-RS itself would answer 404). */
public final class QueryParams {

    private QueryParams() {
    }

    /** The id, or null when the parameter is absent. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(InvalidField.inParameter(name, "must be a UUID")));
        }
    }

    /**
     * An RFC 3339 timestamp, or a date meaning its first instant (UTC); null when absent.
     *
     * @param endOfDay a date alone means its last instant instead (an inclusive upper bound)
     */
    public static OffsetDateTime timestamp(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        OffsetDateTime timestamp;
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                timestamp = (endOfDay ? date.plusDays(1) : date).atStartOfDay().atOffset(ZoneOffset.UTC)
                        .minusNanos(endOfDay ? 1000 : 0);
            } else {
                timestamp = OffsetDateTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date such as 2025-10-30 or a timestamp such as 2025-10-30T00:00:00Z");
        }
        Optional<String> unstorable = Storable.dateProblem(timestamp);
        if (unstorable.isPresent()) {
            throw invalid(name, unstorable.get());
        }
        return timestamp;
    }

    private static InvalidInput invalid(String name, String detail) {
        return new InvalidInput(List.of(InvalidField.inParameter(name, detail)));
    }

    /** A whole number within [min, max], or the fallback when the parameter is absent. */
    public static long whole(String name, String value, long fallback, long min, long max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new InvalidInput(List.of(InvalidField.inParameter(name,
                "must be a whole number from " + min + " to " + max)));
    }

    /** true or false, in any case; false when absent. */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String text = value.strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidInput(List.of(InvalidField.inParameter(name, "must be true or false")));
    }
}
