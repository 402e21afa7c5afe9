package org.koprogo.buildings.building.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.buildings.building.entity.Building;

/** A building as KoproGo's v1 clients read it. */
public record BuildingResponse(UUID id, UUID organizationId, String name, String address, String city,
                               String postalCode, String country, int totalUnits, int totalTantiemes,
                               Integer constructionYear, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static BuildingResponse of(Building b) {
        return new BuildingResponse(b.getId(), b.getOrganizationId(), b.getName(), b.getAddress(), b.getCity(),
                b.getPostalCode(), b.getCountry(), b.getTotalUnits(), b.getTotalTantiemes(),
                b.getConstructionYear(), b.getCreatedAt(), b.getUpdatedAt());
    }
}
