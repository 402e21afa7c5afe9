package org.koprogo.buildings.building.boundary;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A building as clients send it. Until module-auth scopes requests by token, the organization is named in
 * the body.
 */
public record BuildingRequest(
        @NotNull UUID organizationId,
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 255) String address,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @Size(max = 100) String country,
        @PositiveOrZero @Max(100_000) int totalUnits,
        @Min(1) @Max(1_000_000) Integer totalTantiemes,
        @Min(1000) @Max(2100) Integer constructionYear) {
}
