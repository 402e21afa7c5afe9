package org.koprogo.meetings.meeting.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** KoproGo's body adding one item at the end of a meeting's agenda. */
public record AgendaItem(@NotBlank @Size(max = 1000) String item) {

    static final String REQUIRED = "must be a JSON object with item";
}
