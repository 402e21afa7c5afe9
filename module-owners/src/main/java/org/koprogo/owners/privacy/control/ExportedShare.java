package org.koprogo.owners.privacy.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A share an owner holds or held, in its GDPR export (part {@code units}), with the unit and building it is of.
 * {@code ownershipPercentage} is the fraction of the unit, as the shares' routes answer it (1 is all of it).
 */
public record ExportedShare(UUID unitId, UUID buildingId, String buildingName, String buildingAddress,
                            String unitNumber, Integer floor, BigDecimal ownershipPercentage,
                            OffsetDateTime startDate, OffsetDateTime endDate, boolean isPrimaryContact) {
}
