package org.koprogo.meetings.deliberation.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.refusal.boundary.RuleViolation;

/** A decision put to an assembly's vote on one item of its agenda, open until closed with its count. */
@Entity
@Table(name = "meeting_resolutions")
public class Resolution {

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private UUID meetingId;

    @Column(name = "agenda_item", updatable = false)
    private int agendaItem;

    private String title;

    @Convert(converter = Majority.Column.class)
    private Majority majority;

    @Convert(converter = ResolutionStatus.Column.class)
    private ResolutionStatus status;

    @Column(name = "votes_for")
    private BigDecimal votesFor;

    @Column(name = "votes_against")
    private BigDecimal votesAgainst;

    private BigDecimal abstentions;

    @Column(name = "counted_for")
    private BigDecimal countedFor;

    @Column(name = "counted_against")
    private BigDecimal countedAgainst;

    @Column(name = "counted_abstentions")
    private BigDecimal countedAbstentions;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    protected Resolution() {
        // JPA
    }

    /**
     * @param agendaItem the item's index in the meeting's agenda
     * @param agendaSize how many items the agenda has: a decision on an item not on it is void (art. 3.87 §2)
     */
    public Resolution(UUID meetingId, int agendaItem, int agendaSize, String title, Majority majority,
                      OffsetDateTime now) {
        if (meetingId == null || title == null || title.isBlank() || majority == null || agendaItem < 0) {
            throw new IllegalArgumentException("a resolution has a meeting, an agenda item, a title and a majority");
        }
        RuleViolation.require(agendaItem < agendaSize, "The agenda has " + agendaSize + " items: item "
                + agendaItem + " is not on it, and a decision off the agenda is void");
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.agendaItem = agendaItem;
        this.title = title;
        this.majority = majority;
        this.status = ResolutionStatus.OPEN;
        this.createdAt = now;
    }

    public void requireOpen() {
        RuleViolation.require(status == ResolutionStatus.OPEN, "The resolution is closed: " + status);
    }

    public void close(VoteCount.Outcome outcome, OffsetDateTime now) {
        requireOpen();
        status = outcome.adopted() ? ResolutionStatus.ADOPTED : ResolutionStatus.REJECTED;
        votesFor = outcome.raw().votesFor();
        votesAgainst = outcome.raw().against();
        abstentions = outcome.raw().abstentions();
        countedFor = outcome.counted().votesFor();
        countedAgainst = outcome.counted().against();
        countedAbstentions = outcome.counted().abstentions();
        closedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public int getAgendaItem() {
        return agendaItem;
    }

    public String getTitle() {
        return title;
    }

    public Majority getMajority() {
        return majority;
    }

    public ResolutionStatus getStatus() {
        return status;
    }

    /** The votes as cast, null while open. */
    public Tally getRaw() {
        return closedAt == null ? null : new Tally(votesFor, votesAgainst, abstentions);
    }

    /** The votes as counted after the cap, null while open. */
    public Tally getCounted() {
        return closedAt == null ? null : new Tally(countedFor, countedAgainst, countedAbstentions);
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
