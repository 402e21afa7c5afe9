package org.koprogo.meetings.meeting.control;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.koprogo.core.stats.boundary.UrgentTask;
import org.koprogo.meetings.meeting.entity.Meeting;

/** The coming meetings a syndic's dashboard lists, worded in French as KoproGo's dashboard words them. */
final class MeetingTasks {

    /** How far ahead the dashboard looks for meetings to prepare. */
    static final int HORIZON_DAYS = 7;

    /** A meeting this close is urgent; a later one within the horizon is of high priority. */
    static final int URGENT_DAYS = 3;

    private MeetingTasks() {
    }

    /** @param now the instant the dashboard is asked at, before the meeting */
    static UrgentTask coming(Meeting meeting, OffsetDateTime now) {
        long days = Duration.between(now, meeting.getScheduledDate()).toDays();
        return new UrgentTask(UrgentTask.Kind.MEETING, meeting.getTitle(), "AG dans " + days + " jours",
                days <= URGENT_DAYS ? UrgentTask.Priority.URGENT : UrgentTask.Priority.HIGH, meeting.getBuildingId(),
                meeting.getId(), meeting.getScheduledDate());
    }
}
