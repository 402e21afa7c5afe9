package org.koprogo.meetings.meeting.entity;

import java.math.BigDecimal;
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

import org.koprogo.core.database.boundary.NullableUuid;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.paging.boundary.CountedRows;
import org.koprogo.core.refusal.boundary.RuleViolation;

/**
 * A general assembly of a building's co-owners and its life: scheduled (its details and agenda still open), then
 * completed with its attendance, or cancelled; a cancelled one may be rescheduled, a completed one is closed.
 * A scheduled assembly is convened, then opened: the quorum is taken then and frozen with the figures it was
 * taken on. An assembly whose quorum failed may call a second one, linked to it. Attendance, resolutions and
 * minutes hang off the meeting as rows of their own.
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

    @Column(name = "convocation_sent_at")
    private OffsetDateTime convocationSentAt;

    private boolean urgent;

    @Column(name = "urgency_reason")
    private String urgencyReason;

    @Column(name = "first_assembly_id", updatable = false)
    @Convert(converter = NullableUuid.class)
    private UUID firstAssemblyId;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Convert(converter = Quorum.Column.class)
    private Quorum quorum;

    @Column(name = "co_owners_count")
    private Integer coOwnersCount;

    @Column(name = "co_owners_quota")
    private BigDecimal coOwnersQuota;

    @Column(name = "present_count")
    private Integer presentCount;

    @Column(name = "present_quota")
    private BigDecimal presentQuota;

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

    /**
     * The second assembly a failed quorum calls (art. 3.87 §5): same building, type and agenda, at least the legal
     * delay after the first.
     */
    public static Meeting secondAssemblyOf(Meeting first, OffsetDateTime date, String location) {
        RuleViolation.require(first.quorum == Quorum.NOT_REACHED,
                "Only an assembly opened without its quorum calls a second one; this one's quorum is "
                        + (first.quorum == null ? "not taken yet" : first.quorum));
        RuleViolation.require(AssemblyCalendar.delayKept(first.scheduledDate, date),
                "A second assembly meets at least " + AssemblyCalendar.DELAY_DAYS + " days after the first");
        Meeting second = new Meeting(first.organizationId, first.buildingId, first.meetingType,
                new Details(first.title, first.description, date, location));
        second.firstAssemblyId = first.id;
        second.agenda = first.agenda;
        return second;
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
        requireNotOpened("changed");
        apply(changes);
    }

    private void apply(Details details) {
        if (details.title() != null) {
            this.title = details.title();
        }
        if (details.description() != null) {
            this.description = details.description();
        }
        if (details.scheduledDate() != null
                && (scheduledDate == null || !details.scheduledDate().isEqual(scheduledDate))) {
            this.scheduledDate = details.scheduledDate();
            forgetConvocation();
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
        requireNotOpened("given agenda items");
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
        requireNotOpened("cancelled");
        status = MeetingStatus.CANCELLED;
        updatedAt = Timestamps.now();
    }

    /** Moves a scheduled meeting, or schedules a cancelled one again; a meeting held stays held. */
    public void reschedule(OffsetDateTime date) {
        if (date == null) {
            throw new IllegalArgumentException("a meeting is rescheduled to a date");
        }
        RuleViolation.require(status != MeetingStatus.COMPLETED, "A completed meeting cannot be rescheduled");
        RuleViolation.require(openedAt == null, "An assembly already opened cannot be rescheduled");
        status = MeetingStatus.SCHEDULED;
        if (!date.isEqual(scheduledDate)) {
            scheduledDate = date;
            forgetConvocation();
        }
        updatedAt = Timestamps.now();
    }

    /**
     * Records the convocation sent (art. 3.87 §3): at least the legal delay before the assembly, in Brussels
     * calendar days, unless urgent for a reason given.
     */
    public void convene(OffsetDateTime sentAt, String urgencyReason, OffsetDateTime now) {
        if (sentAt == null || (urgencyReason != null && urgencyReason.isBlank())) {
            throw new IllegalArgumentException("a convocation has a date, and an urgency a reason");
        }
        requireNotOpened("convened");
        RuleViolation.require(!sentAt.isAfter(now), "A convocation is recorded once sent: sent_at is in the future");
        RuleViolation.require(urgencyReason != null || AssemblyCalendar.delayKept(sentAt, scheduledDate),
                "A convocation is sent at least " + AssemblyCalendar.DELAY_DAYS + " days before the assembly ("
                        + AssemblyCalendar.daysBetween(sentAt, scheduledDate) + " here) unless urgent for a reason");
        convocationSentAt = sentAt;
        urgent = urgencyReason != null;
        this.urgencyReason = urgencyReason;
        updatedAt = Timestamps.now();
    }

    /** A new date needs a new notice: the one sent named the old date. */
    private void forgetConvocation() {
        convocationSentAt = null;
        urgent = false;
        urgencyReason = null;
    }

    /**
     * Opens the assembly convened: the quorum is taken now and frozen, a second assembly needing none.
     *
     * @param present the co-owners present or represented
     * @param all     every co-owner of the building on the meeting date
     */
    public void open(Headcount present, Headcount all, OffsetDateTime now) {
        requireNotOpened("opened");
        RuleViolation.require(convocationSentAt != null, "An assembly opens once its convocation is recorded");
        quorum = firstAssemblyId != null ? Quorum.NOT_REQUIRED : Quorum.of(present, all);
        openedAt = now;
        coOwnersCount = all.coOwners();
        coOwnersQuota = all.quota();
        presentCount = present.coOwners();
        presentQuota = present.quota();
        updatedAt = now;
    }

    /** Refuses unless the assembly is open, with its quorum or as a second assembly, and not yet completed. */
    public void requireDeliberating() {
        RuleViolation.require(openedAt != null && status == MeetingStatus.SCHEDULED,
                "An assembly deliberates once opened and until completed");
        RuleViolation.require(quorum.allowsDeliberation(),
                "The assembly did not reach its quorum: it does not deliberate, a second assembly does");
    }

    /** Refuses unless resolutions may still be put: before the opening, or while deliberating. */
    public void requireResolutionsOpen() {
        if (openedAt == null) {
            requireScheduled("given resolutions");
        } else {
            requireDeliberating();
        }
    }

    /** Refuses unless the assembly has taken place or is taking place: its minutes are written then. */
    public void requireHeldOrOpened() {
        RuleViolation.require(openedAt != null || status == MeetingStatus.COMPLETED,
                "Minutes are written once the assembly is opened or completed");
    }

    /** Refuses unless the attendance may still change: before the opening. */
    public void requireAttendanceOpen() {
        requireNotOpened("given attendance");
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    private void requireNotOpened(String step) {
        requireScheduled(step);
        RuleViolation.require(openedAt == null, "An assembly already opened cannot be " + step);
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

    public OffsetDateTime getConvocationSentAt() {
        return convocationSentAt;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String getUrgencyReason() {
        return urgencyReason;
    }

    public UUID getFirstAssemblyId() {
        return firstAssemblyId;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public Quorum getQuorum() {
        return quorum;
    }

    /** The co-owners counted at the opening, null before it. */
    public Headcount getCoOwners() {
        return openedAt == null ? null : new Headcount(coOwnersCount, coOwnersQuota);
    }

    /** Those present or represented at the opening, null before it. */
    public Headcount getPresent() {
        return openedAt == null ? null : new Headcount(presentCount, presentQuota);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
