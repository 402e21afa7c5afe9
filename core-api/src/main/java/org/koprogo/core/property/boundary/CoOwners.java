package org.koprogo.core.property.boundary;

import java.util.UUID;

/**
 * Platform capability: how many co-owners a building has, for modules that need a building's membership (the
 * attendance of its general assemblies) without reading the owners' tables. Implemented by module-owners.
 */
public interface CoOwners {

    /** The distinct owners holding a current share of one of the building's units. */
    long count(UUID buildingId);
}
