package org.koprogo.meetings.meeting.control;

import java.util.UUID;

import org.koprogo.meetings.meeting.entity.MeetingStatus;

/** The meeting list's filters; null means any. */
public record MeetingFilter(UUID buildingId, MeetingStatus status) {

    public static MeetingFilter ofBuilding(UUID buildingId) {
        return new MeetingFilter(buildingId, null);
    }
}
