package org.koprogo.core.property.boundary;

import java.util.Optional;
import java.util.UUID;

/**
 * Buildings and units as other modules may see them: by id, with the organization that owns them. Implemented
 * by module-buildings; modules that require it (owners, expenses) check references through it instead of
 * reading its tables.
 */
public interface PropertyDirectory {

    record BuildingRef(UUID id, UUID organizationId) {
    }

    record UnitRef(UUID id, UUID organizationId, UUID buildingId, String unitNumber) {
    }

    Optional<BuildingRef> building(UUID id);

    Optional<UnitRef> unit(UUID id);
}
