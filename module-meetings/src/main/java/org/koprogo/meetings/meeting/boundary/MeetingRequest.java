package org.koprogo.meetings.meeting.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.MeetingType;

/**
 * A new meeting as clients send it. KoproGo's clients also send organization_id (the building's organization is
 * the meeting's: only a superadmin reaches another one) and, in its load test, status (the workflow sets it).
 */
public record MeetingRequest(
        UUID organizationId,
        @NotNull UUID buildingId,
        @NotNull MeetingType meetingType,
        @NotBlank @Size(max = 255) String title,
        @Size(max = 2000) String description,
        @NotNull OffsetDateTime scheduledDate,
        @NotBlank @Size(max = 255) String location) {

    public Meeting.Details details() {
        return new Meeting.Details(title.strip(), description, scheduledDate, location.strip());
    }
}
