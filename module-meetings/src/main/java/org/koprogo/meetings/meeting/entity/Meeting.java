package org.koprogo.meetings.meeting.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.paging.boundary.CountedRows;
import org.koprogo.core.refusal.boundary.RuleViolation;

/**
 * A general assembly of a building's co-owners and its life: scheduled (its details and agenda still open), then
 * completed with its attendance, or cancelled; a cancelled one may be rescheduled, a completed one is closed.
 * The legal deliberation (convocation, attendance by co-owner, quorum, resolutions) will hang off this meeting
 * as rows of their own, so that this entity keeps only what every assembly has.
 */
@Entity
@CountedRows
@Table(name = "meetings")
public class Meeting {

    public static final String SELECT_JPQL = "select m from Meeting m";
    public static final String COUNT_JPQL = "select count(m) from Meeting m";

    /** An agenda long enough for any assembly, short enough that a meeting stays one small row. */
    public static final int MAX_AGENDA_ITEMS = 100;

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "building_id", nullable = false, updatable = false)
    private UUID buildingId;

    @Column(name = "meeting_type", updatable = false)
    @Convert(converter = MeetingType.Column.class)
    private MeetingType meetingType;

    private String title;
    private String description;

    @Column(name = "scheduled_date")
    private OffsetDateTime scheduledDate;

    private String location;

    @Convert(converter = MeetingStatus.Column.class)
    private MeetingStatus status;

    @Basic
    @Convert(converter = Agenda.class)
    private List<String> agenda;

    @Column(name = "attendees_count")
    private Integer attendeesCount;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Meeting() {
        // JPA
    }

    /** A new meeting, scheduled, with an empty agenda. A date in the past is taken: KoproGo's own data has them. */
    public Meeting(UUID organizationId, UUID buildingId, MeetingType meetingType, Details details) {
        if (organizationId == null || buildingId == null || meetingType == null) {
            throw new IllegalArgumentException("a meeting belongs to an organization's building and has a type");
        }
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.buildingId = buildingId;
        this.meetingType = meetingType;
        this.status = MeetingStatus.SCHEDULED;
        this.agenda = List.of();
        apply(details);
        this.createdAt = updatedAt;
    }

    /** What a client writes of a meeting; a null member is left as it is (an update names only what changes). */
    public record Details(String title, String description, OffsetDateTime scheduledDate, String location) {

        public Details {
            if (blank(title) || blank(location)) {
                throw new IllegalArgumentException("a meeting's title and location are never blank");
            }
        }

        private static boolean blank(String text) {
            return text != null && text.isBlank();
        }
    }

    /** Changes the members given, while the meeting is still to be held. */
    public void describe(Details changes) {
        requireScheduled("changed");
        apply(changes);
    }

    private void apply(Details details) {
        if (details.title() != null) {
            this.title = details.title();
        }
        if (details.description() != null) {
            this.description = details.description();
        }
        if (details.scheduledDate() != null) {
            this.scheduledDate = details.scheduledDate();
        }
        if (details.location() != null) {
            this.location = details.location();
        }
        if (title == null || location == null || scheduledDate == null) {
            throw new IllegalArgumentException("a meeting has a title, a date and a location");
        }
        this.updatedAt = Timestamps.now();
    }

    public void addAgendaItem(String item) {
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("an agenda item is never blank");
        }
        requireScheduled("given agenda items");
        RuleViolation.require(agenda.size() < MAX_AGENDA_ITEMS,
                "The agenda already has " + MAX_AGENDA_ITEMS + " items, the most a meeting takes");
        List<String> longer = new ArrayList<>(agenda);
        longer.add(item);
        agenda = List.copyOf(longer); // a new value: the persistence provider sees the change
        updatedAt = Timestamps.now();
    }

    /**
     * Records the meeting as held.
     *
     * @param coOwners the building's co-owners: nobody else attends
     */
    public void complete(int attendees, long coOwners) {
        if (attendees < 0) {
            throw new IllegalArgumentException("an attendance is never negative");
        }
        requireScheduled("completed");
        RuleViolation.require(attendees <= coOwners, "The building has " + coOwners + " co-owners; "
                + attendees + " cannot have attended");
        status = MeetingStatus.COMPLETED;
        attendeesCount = attendees;
        updatedAt = Timestamps.now();
    }

    public void cancel() {
        requireScheduled("cancelled");
        status = MeetingStatus.CANCELLED;
        updatedAt = Timestamps.now();
    }

    /** Moves a scheduled meeting, or schedules a cancelled one again; a meeting held stays held. */
    public void reschedule(OffsetDateTime date) {
        if (date == null) {
            throw new IllegalArgumentException("a meeting is rescheduled to a date");
        }
        RuleViolation.require(status != MeetingStatus.COMPLETED, "A completed meeting cannot be rescheduled");
        status = MeetingStatus.SCHEDULED;
        scheduledDate = date;
        updatedAt = Timestamps.now();
    }

    private void requireScheduled(String step) {
        RuleViolation.require(status == MeetingStatus.SCHEDULED,
                "Only a scheduled meeting can be " + step + "; this one is " + status);
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getBuildingId() {
        return buildingId;
    }

    public MeetingType getMeetingType() {
        return meetingType;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public OffsetDateTime getScheduledDate() {
        return scheduledDate;
    }

    public String getLocation() {
        return location;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public List<String> getAgenda() {
        return agenda;
    }

    public Integer getAttendeesCount() {
        return attendeesCount;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
