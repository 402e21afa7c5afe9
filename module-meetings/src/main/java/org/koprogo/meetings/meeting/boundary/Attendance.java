package org.koprogo.meetings.meeting.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** KoproGo's body completing a meeting: how many co-owners attended. */
public record Attendance(@NotNull @Min(0) Integer attendeesCount) {

    static final String REQUIRED = "must be a JSON object with attendees_count";
}
