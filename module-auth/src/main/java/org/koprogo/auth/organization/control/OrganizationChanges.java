package org.koprogo.auth.organization.control;

import org.koprogo.auth.organization.entity.SubscriptionPlan;

/**
 * What a client sets on an organization, trimmed. A missing slug is made from the name; a missing plan is free on
 * create and unchanged on update.
 */
public record OrganizationChanges(String name, String slug, String contactEmail, String contactPhone,
                                  SubscriptionPlan plan) {

    public SubscriptionPlan planOr(SubscriptionPlan current) {
        return plan == null ? current : plan;
    }
}
