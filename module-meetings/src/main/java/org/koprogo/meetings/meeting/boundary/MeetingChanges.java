package org.koprogo.meetings.meeting.boundary;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.koprogo.meetings.meeting.entity.Meeting;

/** KoproGo's meeting update: only the members sent change; a title or location sent is never blank. */
public record MeetingChanges(
        @Pattern(regexp = NOT_BLANK, message = BLANK) @Size(max = 255) String title,
        @Size(max = 2000) String description,
        OffsetDateTime scheduledDate,
        @Pattern(regexp = NOT_BLANK, message = BLANK) @Size(max = 255) String location) {

    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";
    static final String BLANK = "must not be blank";

    public Meeting.Details details() {
        return new Meeting.Details(title == null ? null : title.strip(), description, scheduledDate,
                location == null ? null : location.strip());
    }
}
