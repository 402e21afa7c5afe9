package org.koprogo.owners.ownership.boundary;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** KoproGo's AddOwnerToUnitDto: a share as a fraction, 0.5 being half the unit. */
public record ShareRequest(
        @NotNull UUID ownerId,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 6)
        BigDecimal ownershipPercentage,
        boolean isPrimaryContact) {
}
