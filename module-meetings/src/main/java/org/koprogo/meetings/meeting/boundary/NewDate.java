package org.koprogo.meetings.meeting.boundary;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

/** KoproGo's body rescheduling a meeting. */
public record NewDate(@NotNull OffsetDateTime scheduledDate) {

    static final String REQUIRED = "must be a JSON object with scheduled_date";
}
