package org.koprogo.owners.ownership.boundary;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.owners.ownership.control.ShareChanges;

/** KoproGo's UpdateOwnershipDto: a share's new fraction, its primary-contact role, or both. */
public record ShareChangeRequest(
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 6)
        BigDecimal ownershipPercentage,
        Boolean isPrimaryContact) {

    /** A body naming neither member would change nothing: refused rather than answered as a success. */
    public ShareChanges changes() {
        if (ownershipPercentage == null && isPrimaryContact == null) {
            throw InvalidInput.inBody("#", "name ownership_percentage, is_primary_contact or both");
        }
        return new ShareChanges(Optional.ofNullable(ownershipPercentage), Optional.ofNullable(isPrimaryContact));
    }
}
