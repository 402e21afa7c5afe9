package org.koprogo.meetings.meeting.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.MeetingStatus;
import org.koprogo.meetings.meeting.entity.MeetingType;

/** A meeting as KoproGo's clients read it, with its organization as the platform's other resources have. */
public record MeetingResponse(UUID id, UUID organizationId, UUID buildingId, MeetingType meetingType, String title,
                              String description, OffsetDateTime scheduledDate, String location,
                              MeetingStatus status, List<String> agenda, Integer attendeesCount,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static MeetingResponse of(Meeting m) {
        return new MeetingResponse(m.getId(), m.getOrganizationId(), m.getBuildingId(), m.getMeetingType(),
                m.getTitle(), m.getDescription(), m.getScheduledDate(), m.getLocation(), m.getStatus(), m.getAgenda(),
                m.getAttendeesCount(), m.getCreatedAt(), m.getUpdatedAt());
    }
}
