package org.koprogo.meetings.meeting.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.stats.boundary.Figure;
import org.koprogo.core.stats.boundary.Figures;
import org.koprogo.core.stats.boundary.NextMeeting;
import org.koprogo.core.stats.boundary.RowCounts;
import org.koprogo.core.stats.boundary.Scope;
import org.koprogo.core.stats.boundary.StatsContributor;
import org.koprogo.core.stats.boundary.UrgentTask;
import org.koprogo.meetings.MeetingsModule;
import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.MeetingStatus;

/**
 * module-meetings' part of the dashboards: the meetings counted, the next one to come and those to prepare this
 * week (indexes meetings_organization_status_date and meetings_building_date).
 */
@ApplicationScoped
public class MeetingFigures implements StatsContributor {

    /** KoproGo's dashboard lists at most 3 coming meetings. */
    static final int COMING_SHOWN = 3;

    private static final String COMING = "select m from Meeting m where m.status = :scheduled"
            + " and m.scheduledDate > :now and ";

    @PersistenceContext(unitName = "meetings")
    EntityManager em;

    @Override
    public String module() {
        return MeetingsModule.NAME;
    }

    @Override
    public Figures figures(Scope scope, Set<Figure> wanted) {
        if (!wanted.contains(Figure.MEETINGS) || scope instanceof Scope.Holder) {
            return Figures.NONE;
        }
        return Figures.NONE.with(Figure.MEETINGS, RowCounts.of(em, Meeting.class, scope));
    }

    @Override
    public Optional<NextMeeting> nextMeeting(Scope scope) {
        return coming(scope, Timestamps.now(), null, 1).stream().findFirst()
                .map(meeting -> new NextMeeting(meeting.getId(), meeting.getScheduledDate(), meeting.getBuildingId()));
    }

    @Override
    public List<UrgentTask> urgentTasks(Scope scope) {
        if (!(scope instanceof Scope.Organizations)) {
            return List.of();
        }
        OffsetDateTime now = Timestamps.now();
        return coming(scope, now, now.plusDays(MeetingTasks.HORIZON_DAYS), COMING_SHOWN).stream()
                .map(meeting -> MeetingTasks.coming(meeting, now)).toList();
    }

    /** The scope's scheduled meetings after {@code now} (and up to {@code until} unless null), soonest first. */
    private List<Meeting> coming(Scope scope, OffsetDateTime now, OffsetDateTime until, int most) {
        String where;
        Object ids;
        if (scope instanceof Scope.Organizations organizations && !organizations.ids().isEmpty()) {
            where = "m.organizationId in :scope";
            ids = organizations.ids();
        } else if (scope instanceof Scope.Holder holder && !holder.buildings().isEmpty()) {
            where = "m.buildingId in :scope";
            ids = holder.buildings();
        } else {
            return List.of();
        }
        String upTo = until == null ? "" : " and m.scheduledDate <= :until";
        var query = em.createQuery(COMING + where + upTo + " order by m.scheduledDate, m.id", Meeting.class)
                .setParameter("scheduled", MeetingStatus.SCHEDULED).setParameter("now", now)
                .setParameter("scope", ids);
        if (until != null) {
            query.setParameter("until", until);
        }
        return query.setMaxResults(most).getResultList();
    }
}
