package org.koprogo.meetings.deliberation.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.core.conditional.boundary.IfMatch;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.property.boundary.CoOwners;
import org.koprogo.core.property.boundary.CoOwners.CoOwner;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Members;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.meetings.deliberation.entity.Attendance;
import org.koprogo.meetings.deliberation.entity.Presence;
import org.koprogo.meetings.deliberation.entity.ProxyHolder;
import org.koprogo.meetings.deliberation.entity.ProxyRules;
import org.koprogo.meetings.meeting.control.MeetingStore;
import org.koprogo.meetings.meeting.entity.Headcount;
import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.Quorum;

/**
 * Who attends an assembly, recorded until its opening, then frozen with the quorum. Every change runs under
 * the meeting's lock, so the proxies a holder takes are counted one change at a time.
 */
@ApplicationScoped
public class AttendanceStore {

    @PersistenceContext(unitName = "meetings")
    EntityManager em;

    @Inject
    MeetingStore meetings;

    @Inject
    CoOwners coOwners;

    @Inject
    Members members;

    @Inject
    Caller caller;

    /** One co-owner's attendance as recorded, with their name. */
    public record Recorded(Attendance attendance, String name) {
    }

    public AttendanceSheet sheet(UUID meetingId) {
        Meeting meeting = meetings.readable(meetingId);
        Map<UUID, CoOwner> building = coOwnersOn(meeting);
        List<Attendance> rows = rows(meetingId);
        if (meeting.isOpened()) {
            List<AttendanceSheet.Line> lines = rows.stream().map(row -> line(row, building.get(row.getOwnerId()),
                    row.getQuota())).toList();
            return new AttendanceSheet(meeting, true, lines, meeting.getCoOwners(), meeting.getPresent(),
                    meeting.getQuorum());
        }
        Map<UUID, Attendance> byOwner = byOwner(rows);
        List<AttendanceSheet.Line> lines = new ArrayList<>();
        Headcount all = Headcount.NONE;
        Headcount present = Headcount.NONE;
        for (CoOwner coOwner : building.values()) {
            Attendance row = byOwner.get(coOwner.ownerId());
            lines.add(row == null ? new AttendanceSheet.Line(coOwner.ownerId(), coOwner.name(), coOwner.quota(),
                    Presence.ABSENT, null) : line(row, coOwner, coOwner.quota()));
            all = all.plus(coOwner.quota());
            present = row == null ? present : present.plus(coOwner.quota());
        }
        Quorum quorum = meeting.getFirstAssemblyId() != null ? Quorum.NOT_REQUIRED : Quorum.of(present, all);
        return new AttendanceSheet(meeting, false, lines, all, present, quorum);
    }

    /**
     * Records a co-owner present in person or represented by a holder, who must be present in person when a
     * co-owner, may not be the syndic, and takes proxies within the legal limits.
     */
    @Transactional
    public Recorded record(UUID meetingId, UUID ownerId, ProxyHolder holder, IfMatch ifMatch) {
        Meeting meeting = meetings.locked(meetingId, IfMatch.ANY);
        meeting.requireAttendanceOpen();
        Map<UUID, CoOwner> building = coOwnersOn(meeting);
        CoOwner coOwner = coOwner(building, ownerId);
        List<Attendance> rows = rows(meetingId);
        Optional<Attendance> existing = rows.stream().filter(row -> row.getOwnerId().equals(ownerId)).findFirst();
        existing.ifPresent(row -> ifMatch.require(row.getId(), row.getVersion()));
        if (holder != null) {
            requireAllowedHolder(meeting, building, rows, coOwner, holder);
        }
        Presence presence = holder == null ? Presence.PRESENT : Presence.REPRESENTED;
        Attendance attendance = existing.orElse(null);
        if (attendance == null) {
            attendance = new Attendance(meetingId, ownerId, coOwner.quota(), presence, holder);
            em.persist(attendance);
        } else {
            attendance.attend(coOwner.quota(), presence, holder);
        }
        em.flush();
        return new Recorded(attendance, coOwner.name());
    }

    @Transactional
    public void remove(UUID meetingId, UUID ownerId, IfMatch ifMatch) {
        Meeting meeting = meetings.locked(meetingId, IfMatch.ANY);
        meeting.requireAttendanceOpen();
        List<Attendance> rows = rows(meetingId);
        Attendance row = rows.stream().filter(found -> found.getOwnerId().equals(ownerId)).findFirst()
                .orElseThrow(() -> new NotFound("No attendance of owner " + ownerId + " at meeting " + meetingId));
        ifMatch.require(row.getId(), row.getVersion());
        requireHoldsNoProxy(rows, ownerId);
        em.remove(row);
        em.flush();
    }

    /** Opens the assembly: every co-owner's quota frozen, the absent ones recorded, the quorum taken. */
    @Transactional
    public Meeting open(UUID meetingId, IfMatch ifMatch) {
        Meeting meeting = meetings.locked(meetingId, ifMatch);
        meeting.requireAttendanceOpen();
        Map<UUID, CoOwner> building = coOwnersOn(meeting);
        Map<UUID, Attendance> byOwner = byOwner(rows(meetingId));
        byOwner.keySet().stream().filter(owner -> !building.containsKey(owner)).findFirst().ifPresent(owner -> {
            throw new RuleViolation("Owner " + owner + " no longer holds a share in the building on the meeting"
                    + " date: remove their attendance first");
        });
        Headcount all = Headcount.NONE;
        Headcount present = Headcount.NONE;
        for (CoOwner coOwner : building.values()) {
            Attendance row = byOwner.get(coOwner.ownerId());
            if (row == null) {
                em.persist(new Attendance(meetingId, coOwner.ownerId(), coOwner.quota(), Presence.ABSENT, null));
            } else {
                row.attend(coOwner.quota(), row.getPresence(), row.proxyHolder());
                present = present.plus(coOwner.quota());
            }
            all = all.plus(coOwner.quota());
        }
        meeting.open(present, all, Timestamps.now());
        em.flush();
        return meeting;
    }

    /** The meeting's attendance rows, by owner id. */
    public List<Attendance> rows(UUID meetingId) {
        return em.createQuery("select a from Attendance a where a.meetingId = :meeting order by a.ownerId",
                Attendance.class).setParameter("meeting", meetingId).getResultList();
    }

    private void requireAllowedHolder(Meeting meeting, Map<UUID, CoOwner> building, List<Attendance> rows,
                                      CoOwner principal, ProxyHolder holder) {
        BigDecimal own = BigDecimal.ZERO;
        boolean syndic = false;
        if (holder.isCoOwner()) {
            RuleViolation.require(!holder.ownerId().equals(principal.ownerId()), "A co-owner does not represent"
                    + " themselves: record them present");
            CoOwner holding = coOwner(building, holder.ownerId());
            RuleViolation.require(rows.stream().anyMatch(row -> row.getOwnerId().equals(holder.ownerId())
                    && row.getPresence() == Presence.PRESENT), "A co-owner holding a proxy is present in person:"
                    + " record " + holder.ownerId() + " present first");
            own = holding.quota();
            syndic = holding.userId() != null && isSyndic(holding.userId(), meeting.getOrganizationId());
        }
        requireHoldsNoProxy(rows, principal.ownerId());
        List<BigDecimal> principals = new ArrayList<>();
        rows.stream().filter(row -> !row.getOwnerId().equals(principal.ownerId()))
                .filter(row -> row.getPresence() == Presence.REPRESENTED && row.participantKey().equals(holder.key()))
                .forEach(row -> principals.add(Optional.ofNullable(building.get(row.getOwnerId()))
                        .map(CoOwner::quota).orElse(row.getQuota())));
        principals.add(principal.quota());
        BigDecimal all = building.values().stream().map(CoOwner::quota).reduce(BigDecimal.ZERO, BigDecimal::add);
        ProxyRules.requireAllowed(syndic, own, principals, all);
    }

    /**
     * Whether the co-owner's user is the organization's syndic (a co-owner acting as volunteer syndic), or the
     * syndic recording the proxy names themselves. A holder named only by name cannot be matched to a user.
     */
    private boolean isSyndic(UUID userId, UUID organizationId) {
        if (userId.equals(caller.userId()) && caller.is(Role.SYNDIC)) {
            return true;
        }
        return members.member(userId)
                .filter(member -> member.role() == Role.SYNDIC && organizationId.equals(member.organizationId()))
                .isPresent();
    }

    /** A co-owner holding proxies attends in person until their principals are recorded otherwise. */
    private static void requireHoldsNoProxy(List<Attendance> rows, UUID ownerId) {
        long held = rows.stream().filter(row -> row.getPresence() == Presence.REPRESENTED
                && ownerId.toString().equals(row.participantKey())).count();
        RuleViolation.require(held == 0, "Owner " + ownerId + " holds " + held + " proxies and attends in person"
                + " until their principals are recorded otherwise");
    }

    private static CoOwner coOwner(Map<UUID, CoOwner> building, UUID ownerId) {
        CoOwner coOwner = building.get(ownerId);
        RuleViolation.require(coOwner != null, "Owner " + ownerId
                + " holds no share in the building on the meeting date: only co-owners attend");
        return coOwner;
    }

    private Map<UUID, CoOwner> coOwnersOn(Meeting meeting) {
        return coOwners.on(meeting.getBuildingId(), meeting.getScheduledDate()).stream()
                .collect(Collectors.toMap(CoOwner::ownerId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<UUID, Attendance> byOwner(List<Attendance> rows) {
        return rows.stream().collect(Collectors.toMap(Attendance::getOwnerId, Function.identity()));
    }

    private static AttendanceSheet.Line line(Attendance row, CoOwner coOwner, BigDecimal quota) {
        return new AttendanceSheet.Line(row.getOwnerId(), coOwner == null ? null : coOwner.name(), quota,
                row.getPresence(), row.proxyHolder());
    }
}
