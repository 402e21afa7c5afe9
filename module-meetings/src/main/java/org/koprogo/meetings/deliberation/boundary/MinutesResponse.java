package org.koprogo.meetings.deliberation.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.meetings.deliberation.entity.Minutes;

/** An assembly's minutes; once approved they no longer change. */
public record MinutesResponse(UUID meetingId, String text, boolean approved, OffsetDateTime approvedAt,
                              OffsetDateTime updatedAt) {

    static MinutesResponse of(Minutes minutes) {
        return new MinutesResponse(minutes.getMeetingId(), minutes.getText(), minutes.getApprovedAt() != null,
                minutes.getApprovedAt(), minutes.getUpdatedAt());
    }
}
