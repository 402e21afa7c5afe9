package org.koprogo.auth.organization.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.koprogo.auth.organization.entity.Organization;
import org.koprogo.auth.organization.entity.SubscriptionPlan;

public record OrganizationResponse(
        UUID id,
        String name,
        String slug,
        String contactEmail,
        String contactPhone,
        SubscriptionPlan subscriptionPlan,
        int maxBuildings,
        int maxUsers,
        @JsonProperty("is_active") boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static OrganizationResponse of(Organization organization) {
        return new OrganizationResponse(organization.id(), organization.name(), organization.slug(),
                organization.contactEmail(), organization.contactPhone(), organization.plan(),
                organization.maxBuildings(), organization.maxUsers(), organization.isActive(),
                organization.createdAt(), organization.updatedAt());
    }
}
