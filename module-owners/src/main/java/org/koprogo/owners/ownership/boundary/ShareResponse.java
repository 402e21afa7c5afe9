package org.koprogo.owners.ownership.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.owners.ownership.entity.Ownership;

/** KoproGo's UnitOwnerResponseDto. */
public record ShareResponse(UUID id, UUID unitId, UUID ownerId, BigDecimal ownershipPercentage,
                            OffsetDateTime startDate, OffsetDateTime endDate, boolean isPrimaryContact,
                            boolean isActive, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static ShareResponse of(Ownership s) {
        return new ShareResponse(s.getId(), s.getUnitId(), s.getOwnerId(), s.getPercentage(), s.getStartDate(),
                s.getEndDate(), s.isPrimaryContact(), s.isActive(), s.getCreatedAt(), s.getUpdatedAt());
    }
}
