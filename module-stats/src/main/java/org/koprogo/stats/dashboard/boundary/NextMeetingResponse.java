package org.koprogo.stats.dashboard.boundary;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.koprogo.core.stats.boundary.NextMeeting;

/** KoproGo's {@code NextMeetingInfo}. */
public record NextMeetingResponse(UUID id, OffsetDateTime date, String buildingName) {

    static NextMeetingResponse of(NextMeeting meeting, Map<UUID, String> buildingNames) {
        return new NextMeetingResponse(meeting.id(), meeting.date(), buildingNames.get(meeting.buildingId()));
    }
}
