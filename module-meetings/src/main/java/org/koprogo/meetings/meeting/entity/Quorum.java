package org.koprogo.meetings.meeting.entity;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;

/**
 * The quorum of an assembly as taken at its opening (art. 3.87 §5): more than half of the co-owners holding at
 * least half of the quotas, or more than three quarters of the quotas, present or represented. A second
 * assembly deliberates whatever the attendance.
 */
public enum Quorum {

    REACHED, NOT_REACHED, NOT_REQUIRED;

    /**
     * @param present the co-owners present or represented
     * @param all     every co-owner of the building on the meeting date: the base, the same sum as the numerators
     */
    public static Quorum of(Headcount present, Headcount all) {
        boolean majorityHoldingHalf = 2L * present.coOwners() > all.coOwners()
                && twice(present.quota()).compareTo(all.quota()) >= 0;
        boolean threeQuarters = present.quota().multiply(BigDecimal.valueOf(4))
                .compareTo(all.quota().multiply(BigDecimal.valueOf(3))) > 0;
        return majorityHoldingHalf || threeQuarters ? REACHED : NOT_REACHED;
    }

    private static BigDecimal twice(BigDecimal quota) {
        return quota.add(quota);
    }

    /** Whether the assembly may deliberate. */
    public boolean allowsDeliberation() {
        return this != NOT_REACHED;
    }

    /** snake_case on the wire, as the deliberation's other values. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<Quorum> implements AttributeConverter<Quorum, String> {
        public Column() {
            super(Quorum.class);
        }
    }
}
