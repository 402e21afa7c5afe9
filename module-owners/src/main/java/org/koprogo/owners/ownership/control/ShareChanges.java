package org.koprogo.owners.ownership.control;

import java.math.BigDecimal;
import java.util.Optional;

/** What a change of a share asks for; an absent member stays as it is. */
public record ShareChanges(Optional<BigDecimal> percentage, Optional<Boolean> primaryContact) {
}
