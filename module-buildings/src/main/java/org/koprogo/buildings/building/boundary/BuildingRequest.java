package org.koprogo.buildings.building.boundary;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.koprogo.buildings.building.control.BuildingChanges;

/** A building as clients send it. Only a superadmin names the organization; anyone else's is taken from the token. */
public record BuildingRequest(
        UUID organizationId,
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 255) String address,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @Size(max = 100) String country,
        @PositiveOrZero @Max(100_000) int totalUnits,
        @Min(1) @Max(1_000_000) Integer totalTantiemes,
        @Min(1000) @Max(2100) Integer constructionYear) {

    public BuildingChanges changes() {
        return new BuildingChanges(name.trim(), address.trim(), city.trim(), postalCode.trim(), country.trim(),
                totalUnits, totalTantiemes, constructionYear);
    }
}
