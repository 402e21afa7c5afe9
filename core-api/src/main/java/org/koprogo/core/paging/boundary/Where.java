package org.koprogo.core.paging.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.TypedQuery;


/**
 * The conditions of a list query, each with its bound parameter: client values never become JPQL text.
 * Start from {@link #visibleTo}, so that no list forgets the caller's organization.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    /** The organization when it is the only condition so far. */
    private UUID onlyOrganization;

    private Where() {
    }

    /**
     * Rows a caller may see: those of its organization ({@code Caller.organizationId()}), every row for a
     * superadmin, who has none.
     */
    public static Where visibleTo(Optional<UUID> callersOrganization, String organizationPath) {
        return callersOrganization.map(organization -> organization(organizationPath, organization))
                .orElseGet(Where::new);
    }

    /** Rows of one organization, whoever asks (the caller's visibility is checked elsewhere). */
    public static Where organization(String organizationPath, UUID organization) {
        Where where = new Where().and(organizationPath + " = :organization", "organization", organization);
        where.onlyOrganization = organization;
        return where;
    }

    /** Adds {@code condition}, which names {@code :parameter}, when the value is present. */
    public Where and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
            onlyOrganization = null;
        }
        return this;
    }

    /** Adds a condition that takes no client value. */
    public Where and(String condition) {
        conditions.add(condition);
        onlyOrganization = null;
        return this;
    }

    /** Every row (no condition), or every row of one organization (empty: other conditions apply). */
    boolean unfiltered() {
        return conditions.isEmpty();
    }

    Optional<UUID> onlyOrganization() {
        return Optional.ofNullable(onlyOrganization);
    }

    String jpql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
