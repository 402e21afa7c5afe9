package org.koprogo.core.refusal.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A business rule the request would break given the current state (a quota total, a workflow step, a
 * duplicate): 409, with the rule as detail, and any extension members (RFC 9457 §3.2) a client reads to resolve it,
 * such as the list of what holds an erasure back.
 */
public non-sealed class RuleViolation extends Refusal {

    private final Map<String, Object> extensions;

    public RuleViolation(String detail) {
        this(detail, Map.of());
    }

    /** @param extensions members added to the problem, by their JSON name (snake_case), in this order */
    public RuleViolation(String detail, Map<String, ?> extensions) {
        super(detail);
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Throws unless the rule holds. */
    public static void require(boolean rule, String detail) {
        if (!rule) {
            throw new RuleViolation(detail);
        }
    }
}
