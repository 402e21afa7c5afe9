package org.koprogo.meetings.deliberation.entity;

import java.math.BigDecimal;

/** Votes by choice, in quotas. */
public record Tally(BigDecimal votesFor, BigDecimal against, BigDecimal abstentions) {

    public static final Tally NONE = new Tally(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Tally plus(Choice choice, BigDecimal votes) {
        return switch (choice) {
            case FOR -> new Tally(votesFor.add(votes), against, abstentions);
            case AGAINST -> new Tally(votesFor, against.add(votes), abstentions);
            case ABSTENTION -> new Tally(votesFor, against, abstentions.add(votes));
        };
    }

    public Tally plus(Tally other) {
        return new Tally(votesFor.add(other.votesFor), against.add(other.against),
                abstentions.add(other.abstentions));
    }

    /** The votes cast: abstentions are not (art. 3.87 §8). */
    public BigDecimal cast() {
        return votesFor.add(against);
    }

    /** Every vote, abstentions included. */
    public BigDecimal total() {
        return cast().add(abstentions);
    }

    public Tally times(BigDecimal factor) {
        return new Tally(votesFor.multiply(factor), against.multiply(factor), abstentions.multiply(factor));
    }
}
