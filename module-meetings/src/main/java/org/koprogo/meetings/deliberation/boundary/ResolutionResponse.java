package org.koprogo.meetings.deliberation.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.koprogo.meetings.deliberation.control.ResolutionStore;
import org.koprogo.meetings.deliberation.entity.Majority;
import org.koprogo.meetings.deliberation.entity.Resolution;
import org.koprogo.meetings.deliberation.entity.ResolutionStatus;

/**
 * A resolution, its votes, and once closed its outcome: the votes as cast and as counted after the cap (nobody
 * counts for more than the others present or represented; a capped holder's split votes are reduced in
 * proportion, shown to 9 decimals where that leaves no exact decimal, the outcome decided on exact values).
 */
public record ResolutionResponse(UUID id, UUID meetingId, int agendaItem, String title, Majority majority,
                                 ResolutionStatus status, TallyResponse votesCast, TallyResponse votesCounted,
                                 List<VoteResponse> votes, OffsetDateTime closedAt, OffsetDateTime createdAt) {

    static ResolutionResponse of(ResolutionStore.Voted voted) {
        Resolution r = voted.resolution();
        return new ResolutionResponse(r.getId(), r.getMeetingId(), r.getAgendaItem(), r.getTitle(), r.getMajority(),
                r.getStatus(), TallyResponse.of(r.getRaw()), TallyResponse.of(r.getCounted()),
                voted.votes().stream().map(VoteResponse::of).toList(), r.getClosedAt(), r.getCreatedAt());
    }
}
