package org.koprogo.auth.organization.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.koprogo.auth.organization.control.OrganizationChanges;
import org.koprogo.auth.organization.entity.SubscriptionPlan;

/**
 * An organization to create, or its new state (PUT). A missing slug is made from the name; a missing plan is
 * free on create and unchanged on update.
 */
public record OrganizationRequest(
        @NotBlank @Size(min = 2, max = 255) String name,
        @Size(min = 2, max = 100)
        @Pattern(regexp = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*", message = "must be letters and digits joined by single dashes")
        String slug,
        @NotBlank @Email @Size(max = 255) String contactEmail,
        @Size(max = 50) String contactPhone,
        SubscriptionPlan subscriptionPlan) {

    public OrganizationChanges changes() {
        return new OrganizationChanges(name.strip(), slug, contactEmail.strip(), contactPhone, subscriptionPlan);
    }
}
