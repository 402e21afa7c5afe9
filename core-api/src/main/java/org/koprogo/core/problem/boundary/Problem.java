package org.koprogo.core.problem.boundary;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.koprogo.core.refusal.boundary.InvalidField;

/**
 * An RFC 9457 problem document. Null members are left out of the JSON. {@code errors} lists invalid input,
 * each member pointing into the request body ({@code pointer}, a JSON pointer) or naming a query or path
 * parameter ({@code parameter}).
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      String correlationId, List<InvalidField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType JSON = MediaType.valueOf(MEDIA_TYPE);
    public static final String GENERIC_TYPE = "about:blank";
    public static final String VALIDATION_TYPE = "urn:koprogo:problem:validation";

    /** 400 listing the invalid fields. */
    public static Problem invalid(List<InvalidField> errors, String instance) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new Problem(VALIDATION_TYPE, "Invalid request", 400, detail, instance, null, errors);
    }

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem(GENERIC_TYPE, title, status, detail, instance, null, null);
    }
}
