package org.koprogo.meetings.deliberation.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.refusal.boundary.RuleViolation;

/** The minutes of an assembly: a text the syndic writes and rewrites until it is approved, then never again. */
@Entity
@Table(name = "meeting_minutes")
public class Minutes {

    @Id
    @Column(name = "meeting_id")
    private UUID meetingId;

    private String text;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Version
    private int version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Minutes() {
        // JPA
    }

    public Minutes(UUID meetingId, String text, OffsetDateTime now) {
        if (meetingId == null) {
            throw new IllegalArgumentException("minutes are a meeting's");
        }
        this.meetingId = meetingId;
        write(text, now);
    }

    public void write(String text, OffsetDateTime now) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("minutes are never blank");
        }
        requireDraft();
        this.text = text;
        this.updatedAt = now;
    }

    public void approve(OffsetDateTime now) {
        requireDraft();
        approvedAt = now;
        updatedAt = now;
    }

    private void requireDraft() {
        RuleViolation.require(approvedAt == null, "The minutes were approved on " + approvedAt
                + ": they no longer change");
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public String getText() {
        return text;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
