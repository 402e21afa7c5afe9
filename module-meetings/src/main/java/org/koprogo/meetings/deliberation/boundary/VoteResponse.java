package org.koprogo.meetings.deliberation.boundary;

import java.util.UUID;

import org.koprogo.meetings.deliberation.entity.Choice;
import org.koprogo.meetings.deliberation.entity.Vote;

/** One co-owner's vote on a resolution. */
public record VoteResponse(UUID resolutionId, UUID ownerId, Choice choice) {

    static VoteResponse of(Vote vote) {
        return new VoteResponse(vote.getResolutionId(), vote.getOwnerId(), vote.getChoice());
    }
}
