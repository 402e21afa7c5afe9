package org.koprogo.core.property.boundary;

import java.util.Optional;
import java.util.UUID;

/**
 * Buildings and units as other modules may see them: by id, with the organization that owns them and what names
 * them for people (a GDPR export). Implemented by module-buildings; modules that require it (owners, expenses,
 * meetings, documents) check references and read names through it instead of reading its tables.
 */
public interface PropertyDirectory {

    record BuildingRef(UUID id, UUID organizationId, String name, String address) {
    }

    record UnitRef(UUID id, UUID organizationId, UUID buildingId, String unitNumber, Integer floor) {
    }

    Optional<BuildingRef> building(UUID id);

    Optional<UnitRef> unit(UUID id);
}
