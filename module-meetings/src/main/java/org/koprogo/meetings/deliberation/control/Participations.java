package org.koprogo.meetings.deliberation.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.koprogo.core.property.boundary.PropertyDirectory;
import org.koprogo.meetings.deliberation.entity.AssemblyInSession;
import org.koprogo.meetings.deliberation.entity.Attendance;
import org.koprogo.meetings.deliberation.entity.Resolution;
import org.koprogo.meetings.deliberation.entity.Vote;
import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.MeetingStatus;

/**
 * A co-owner's part in assemblies, as their GDPR rights read it: the attendance rows naming them, as the co-owner
 * attending or as the holder of another's proxy, with their meetings and votes. Read a batch at a time, by meeting
 * date, without entering the persistence context, so that a long history stays in bounded memory.
 */
@ApplicationScoped
public class Participations {

    static final int BATCH = 200;

    /** Keyset order: the meeting's date, then the row, unique even for a holder of several proxies at a meeting. */
    private static final String ROWS = "select m, a from Meeting m, Attendance a where a.meetingId = m.id"
            + " and a.%s = :owner%s order by m.scheduledDate, a.id";
    private static final String AFTER = " and (m.scheduledDate > :date or (m.scheduledDate = :date and a.id > :row))";
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext(unitName = "meetings")
    EntityManager em;

    /** The buildings' names (module-meetings requires module-buildings). */
    @Inject
    PropertyDirectory property;

    /** How an attendance row names the co-owner. */
    public enum Side {
        /** The row of the co-owner's own attendance. */
        ATTENDING("ownerId"),
        /** A row of another co-owner who gave them their proxy. */
        HOLDING_PROXY("proxyHolderOwnerId");

        private final String column;

        Side(String column) {
            this.column = column;
        }
    }

    /** An attendance row and its meeting. */
    public record AttendanceRow(Meeting meeting, Attendance attendance) {
    }

    /** The co-owner's vote on a resolution of a meeting. */
    public record Ballot(Resolution resolution, Vote vote) {
    }

    /** Hands the rows naming the owner on that side, a batch at a time, by meeting date. */
    public void rows(UUID ownerId, Side side, Consumer<List<AttendanceRow>> batches) {
        AttendanceRow last = null;
        List<AttendanceRow> batch;
        do {
            TypedQuery<Object[]> query = em.createQuery(ROWS.formatted(side.column, last == null ? "" : AFTER),
                    Object[].class).setParameter("owner", ownerId);
            if (last != null) {
                query.setParameter("date", last.meeting().getScheduledDate())
                        .setParameter("row", last.attendance().getId());
            }
            batch = query.setHint(READ_ONLY, true).setMaxResults(BATCH).getResultStream()
                    .map(row -> new AttendanceRow((Meeting) row[0], (Attendance) row[1])).toList();
            if (!batch.isEmpty()) {
                batches.accept(batch);
                last = batch.get(batch.size() - 1);
            }
        } while (batch.size() == BATCH);
    }

    /** The owner's votes at these meetings, by meeting, in the order of their agendas. */
    public Map<UUID, List<Ballot>> ballots(UUID ownerId, Set<UUID> meetings) {
        Map<UUID, List<Ballot>> byMeeting = new HashMap<>();
        em.createQuery("select r, v from Resolution r, Vote v where v.resolutionId = r.id and v.ownerId = :owner"
                        + " and r.meetingId in :meetings order by r.agendaItem, r.createdAt, r.id", Object[].class)
                .setParameter("owner", ownerId).setParameter("meetings", meetings).setHint(READ_ONLY, true)
                .getResultStream().map(row -> new Ballot((Resolution) row[0], (Vote) row[1]))
                .forEach(ballot -> byMeeting.computeIfAbsent(ballot.resolution().getMeetingId(),
                        meeting -> new ArrayList<>()).add(ballot));
        return byMeeting;
    }

    /**
     * The assemblies in session where the owner takes part ({@link AssemblyInSession}), earliest first. Only the
     * rows of meetings still scheduled are read: the owner's few pending ones, not their whole history.
     */
    public List<Meeting> inSession(UUID ownerId) {
        Map<UUID, Meeting> held = new LinkedHashMap<>();
        em.createQuery("select m, a from Meeting m, Attendance a where a.meetingId = m.id and m.status = :scheduled"
                        + " and (a.ownerId = :owner or a.proxyHolderOwnerId = :owner) order by m.scheduledDate, m.id",
                        Object[].class)
                .setParameter("scheduled", MeetingStatus.SCHEDULED).setParameter("owner", ownerId)
                .getResultStream()
                .filter(row -> AssemblyInSession.holds((Meeting) row[0], (Attendance) row[1], ownerId))
                .forEach(row -> held.putIfAbsent(((Meeting) row[0]).getId(), (Meeting) row[0]));
        return List.copyOf(held.values());
    }

    /** The names of these buildings, from the module that keeps them. */
    public Map<UUID, String> buildingNames(Set<UUID> buildings) {
        Map<UUID, String> names = new HashMap<>();
        buildings.forEach(id -> property.building(id).ifPresent(building -> names.put(id, building.name())));
        return names;
    }
}
