package org.koprogo.meetings.meeting.boundary;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** When and where the second assembly meets. */
public record SecondAssembly(@NotNull OffsetDateTime scheduledDate, @NotBlank @Size(max = 255) String location) {

    static final String REQUIRED = "must be a JSON object with scheduled_date and location";
}
