package org.koprogo.core.property.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Platform capability: a building's co-owners, for modules that need a building's membership (the attendance
 * of its general assemblies) without reading the owners' tables. Implemented by module-owners.
 */
public interface CoOwners {

    /**
     * One co-owner of a building on a date: an owner record, the platform user it is linked to (null when none),
     * and the quotas it holds there, Σ(unit quota × share fraction) over its shares current on that date, exact.
     */
    record CoOwner(UUID ownerId, String name, UUID userId, BigDecimal quota) {
    }

    /** The distinct owners holding a current share of one of the building's units. */
    long count(UUID buildingId);

    /** The owners holding a share of one of the building's units on {@code date}, by owner id. */
    List<CoOwner> on(UUID buildingId, OffsetDateTime date);
}
