package org.koprogo.meetings.deliberation.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One co-owner's vote on a resolution, cast by themselves or by their proxy holder; changeable until closed. */
@Entity
@Table(name = "meeting_votes")
public class Vote {

    @Id
    private UUID id;

    @Column(name = "resolution_id", nullable = false, updatable = false)
    private UUID resolutionId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Convert(converter = Choice.Column.class)
    private Choice choice;

    protected Vote() {
        // JPA
    }

    public Vote(UUID resolutionId, UUID ownerId, Choice choice) {
        if (resolutionId == null || ownerId == null) {
            throw new IllegalArgumentException("a vote is one co-owner's on one resolution");
        }
        this.id = UUID.randomUUID();
        this.resolutionId = resolutionId;
        this.ownerId = ownerId;
        choose(choice);
    }

    public void choose(Choice choice) {
        if (choice == null) {
            throw new IllegalArgumentException("a vote has a choice");
        }
        this.choice = choice;
    }

    public UUID getResolutionId() {
        return resolutionId;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public Choice getChoice() {
        return choice;
    }
}
