package org.koprogo.core.problem.boundary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

import jakarta.ws.rs.core.MediaType;

import org.koprogo.core.refusal.boundary.InvalidField;

/**
 * An RFC 9457 problem document. Null members are left out of the JSON. {@code errors} lists invalid input,
 * each member pointing into the request body ({@code pointer}, a JSON pointer) or naming a query or path
 * parameter ({@code parameter}). {@code error}, an extension member, repeats the human message in one line, where
 * KoproGo's clients (its web client among them) read it. {@code extensions} are further members a refusal adds
 * (RFC 9457 §3.2), written at the top level by their own names.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      String correlationId, List<InvalidField> errors, String error,
                      @JsonAnyGetter Map<String, Object> extensions) {

    /** How many invalid fields {@code error} names before it says how many more there are. */
    private static final int NAMED_FIELDS = 3;

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType JSON = MediaType.valueOf(MEDIA_TYPE);
    public static final String GENERIC_TYPE = "about:blank";
    public static final String VALIDATION_TYPE = "urn:koprogo:problem:validation";

    public Problem {
        if (error == null) {
            error = message(title, detail, errors);
        }
        extensions = extensions == null ? Map.of() : extensions;
    }

    public Problem(String type, String title, int status, String detail, String instance, String correlationId,
                   List<InvalidField> errors, String error) {
        this(type, title, status, detail, instance, correlationId, errors, error, Map.of());
    }

    public Problem(String type, String title, int status, String detail, String instance, String correlationId,
                   List<InvalidField> errors) {
        this(type, title, status, detail, instance, correlationId, errors, null);
    }

    /** This problem with these extension members. */
    public Problem with(Map<String, Object> members) {
        return new Problem(type, title, status, detail, instance, correlationId, errors, error, members);
    }

    /** The fields and what is wrong with them, else the detail, else the title. */
    private static String message(String title, String detail, List<InvalidField> errors) {
        if (errors == null || errors.isEmpty()) {
            return detail != null ? detail : title;
        }
        String named = errors.stream().limit(NAMED_FIELDS)
                .map(field -> where(field) + ": " + field.detail())
                .collect(Collectors.joining("; "));
        return errors.size() > NAMED_FIELDS ? named + " (and " + (errors.size() - NAMED_FIELDS) + " more)" : named;
    }

    /** "per_page", or "address.city" for the body's {@code #/address/city}. */
    private static String where(InvalidField field) {
        if (field.parameter() != null) {
            return field.parameter();
        }
        String pointer = field.pointer() == null ? "" : field.pointer();
        return pointer.startsWith("#/") ? pointer.substring(2).replace('/', '.') : "body";
    }

    /** 400 listing the invalid fields. */
    public static Problem invalid(List<InvalidField> errors, String instance) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new Problem(VALIDATION_TYPE, "Invalid request", 400, detail, instance, null, errors);
    }

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem(GENERIC_TYPE, title, status, detail, instance, null, null);
    }
}
