package org.koprogo.meetings.deliberation.entity;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.koprogo.core.database.boundary.LowerCaseEnumColumn;

/**
 * The majority a resolution needs (art. 3.87 §8, 3.88), on the votes cast (for + against; abstentions are not
 * cast), compared as products so that no division rounds: absolute means more for than against, two thirds
 * 3·for ≥ 2·cast, four fifths 5·for ≥ 4·cast. Unanimity counts every co-owner's votes, the absent ones too.
 * Nothing cast adopts nothing.
 */
public enum Majority {

    ABSOLUTE, TWO_THIRDS, FOUR_FIFTHS, UNANIMITY;

    /**
     * @param counted the votes as counted, after the cap (all members over one common denominator: comparisons
     *                between them need no division)
     * @param raw     the votes as cast
     * @param all     the quotas of every co-owner of the building on the meeting date
     */
    public boolean adopts(Tally counted, Tally raw, BigDecimal all) {
        BigDecimal votesFor = counted.votesFor();
        BigDecimal cast = counted.cast();
        if (cast.signum() == 0) {
            return false;
        }
        return switch (this) {
            case ABSOLUTE -> votesFor.compareTo(counted.against()) > 0;
            case TWO_THIRDS -> times(votesFor, 3).compareTo(times(cast, 2)) >= 0;
            case FOUR_FIFTHS -> times(votesFor, 5).compareTo(times(cast, 4)) >= 0;
            // when every co-owner votes for, no vote is against: the cap, which protects a minority, has none
            case UNANIMITY -> raw.votesFor().compareTo(all) == 0;
        };
    }

    private static BigDecimal times(BigDecimal votes, int factor) {
        return votes.multiply(BigDecimal.valueOf(factor));
    }

    /** snake_case on the wire, as the column holds it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter
    public static class Column extends LowerCaseEnumColumn<Majority> implements AttributeConverter<Majority, String> {
        public Column() {
            super(Majority.class);
        }
    }
}
