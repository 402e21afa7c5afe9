package org.koprogo.meetings.deliberation.boundary;

import java.math.BigDecimal;

import org.koprogo.meetings.deliberation.entity.Tally;

/** Votes by choice, in quotas; the votes cast are those for and against. */
public record TallyResponse(BigDecimal votesFor, BigDecimal votesAgainst, BigDecimal abstentions) {

    static TallyResponse of(Tally tally) {
        return tally == null ? null : new TallyResponse(tally.votesFor(), tally.against(), tally.abstentions());
    }
}
