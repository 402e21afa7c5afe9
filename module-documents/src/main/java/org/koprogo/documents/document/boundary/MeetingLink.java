package org.koprogo.documents.document.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** KoproGo's body linking a document to a meeting of its building. */
public record MeetingLink(@NotNull UUID meetingId) {

    static final String REQUIRED = "must be a JSON object with meeting_id";
}
