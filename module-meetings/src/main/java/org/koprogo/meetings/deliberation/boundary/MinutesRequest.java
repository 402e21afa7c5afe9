package org.koprogo.meetings.deliberation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The minutes' text, written whole. */
public record MinutesRequest(@NotBlank @Size(max = 100_000) String text) {

    static final String REQUIRED = "must be a JSON object with text";
}
