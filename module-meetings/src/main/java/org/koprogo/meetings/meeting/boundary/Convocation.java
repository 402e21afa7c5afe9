package org.koprogo.meetings.meeting.boundary;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.koprogo.core.refusal.boundary.InvalidInput;

/** The convocation a syndic sent: when, and whether it is urgent (then with its reason). */
public record Convocation(@NotNull OffsetDateTime sentAt, boolean urgent, @Size(max = 1000) String urgencyReason) {

    static final String REQUIRED = "must be a JSON object with sent_at";

    /** The urgency's reason, null for a convocation sent in time; 400 unless urgency and reason go together. */
    String reason() {
        boolean reasoned = urgencyReason != null && !urgencyReason.isBlank();
        if (urgent != reasoned) {
            throw InvalidInput.inBody("#/urgency_reason", urgent ? "an urgent convocation gives its reason"
                    : "only an urgent convocation has a reason");
        }
        return urgent ? urgencyReason.strip() : null;
    }
}
