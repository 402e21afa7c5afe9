package org.koprogo.meetings.meeting.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.data.boundary.DataOwner;
import org.koprogo.core.data.boundary.DataSet;
import org.koprogo.core.data.boundary.TableRows;
import org.koprogo.meetings.MeetingsModule;
import org.koprogo.meetings.meeting.entity.Agenda;

/**
 * module-meetings' tables for whole organizations: the meetings of a data set, their agendas as the API keeps them,
 * and their deliberation (attendance, resolutions, votes, minutes), written after the meetings they belong to.
 * Removed with their meetings: the deliberation's tables cascade.
 */
@ApplicationScoped
public class MeetingData implements DataOwner {

    private static final List<String> MEETINGS = List.of("id", "organization_id", "building_id", "meeting_type",
            "title", "description", "scheduled_date", "location", "status", "agenda", "attendees_count",
            "convocation_sent_at", "first_assembly_id", "opened_at", "quorum", "co_owners_count", "co_owners_quota",
            "present_count", "present_quota");
    private static final List<String> ATTENDANCES = List.of("id", "meeting_id", "owner_id", "presence",
            "proxy_holder_owner_id", "proxy_holder_name", "quota");
    private static final List<String> RESOLUTIONS = List.of("id", "meeting_id", "agenda_item", "title", "majority",
            "status", "votes_for", "votes_against", "abstentions", "counted_for", "counted_against",
            "counted_abstentions", "closed_at", "created_at");
    private static final List<String> VOTES = List.of("id", "resolution_id", "owner_id", "choice");
    private static final List<String> MINUTES = List.of("meeting_id", "text", "approved_at", "updated_at");

    private final Agenda agenda = new Agenda();

    @Override
    public String module() {
        return MeetingsModule.NAME;
    }

    @Override
    public Map<String, Long> write(DataSet data, Connection connection) throws SQLException {
        return new TableRows(connection)
                .insert("meetings", MEETINGS, data.meetings(), (m, s) -> {
                    s.setObject(1, m.id());
                    s.setObject(2, m.organizationId());
                    s.setObject(3, m.buildingId());
                    s.setString(4, m.meetingType());
                    s.setString(5, m.title());
                    s.setString(6, m.description());
                    s.setObject(7, m.scheduledDate());
                    s.setString(8, m.location());
                    s.setString(9, m.status());
                    s.setString(10, agenda.convertToDatabaseColumn(m.agenda()));
                    s.setObject(11, m.attendeesCount(), Types.INTEGER);
                    s.setObject(12, m.convocationSentAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setObject(13, m.firstAssemblyId(), Types.OTHER);
                    DataSet.Opening opening = m.opening();
                    s.setObject(14, opening == null ? null : opening.openedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setString(15, opening == null ? null : opening.quorum());
                    s.setObject(16, opening == null ? null : opening.coOwnersCount(), Types.INTEGER);
                    s.setBigDecimal(17, opening == null ? null : opening.coOwnersQuota());
                    s.setObject(18, opening == null ? null : opening.presentCount(), Types.INTEGER);
                    s.setBigDecimal(19, opening == null ? null : opening.presentQuota());
                })
                .insert("meeting_attendances", ATTENDANCES, data.attendances(), (a, s) -> {
                    s.setObject(1, a.id());
                    s.setObject(2, a.meetingId());
                    s.setObject(3, a.ownerId());
                    s.setString(4, a.presence());
                    s.setObject(5, a.proxyHolderOwnerId(), Types.OTHER);
                    s.setString(6, a.proxyHolderName());
                    s.setBigDecimal(7, a.quota());
                })
                .insert("meeting_resolutions", RESOLUTIONS, data.resolutions(), (r, s) -> {
                    s.setObject(1, r.id());
                    s.setObject(2, r.meetingId());
                    s.setInt(3, r.agendaItem());
                    s.setString(4, r.title());
                    s.setString(5, r.majority());
                    s.setString(6, r.status());
                    setVotes(s, 7, r.cast());
                    setVotes(s, 10, r.counted());
                    s.setObject(13, r.closedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setObject(14, r.createdAt());
                })
                .insert("meeting_votes", VOTES, data.votes(), (v, s) -> {
                    s.setObject(1, v.id());
                    s.setObject(2, v.resolutionId());
                    s.setObject(3, v.ownerId());
                    s.setString(4, v.choice());
                })
                .insert("meeting_minutes", MINUTES, data.minutes(), (m, s) -> {
                    s.setObject(1, m.meetingId());
                    s.setString(2, m.text());
                    s.setObject(3, m.approvedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setObject(4, m.updatedAt());
                })
                .counts();
    }

    /** Three columns from {@code first}: for, against, abstentions, null while the vote is open. */
    private static void setVotes(PreparedStatement statement, int first, DataSet.Votes votes) throws SQLException {
        statement.setBigDecimal(first, votes == null ? null : votes.votesFor());
        statement.setBigDecimal(first + 1, votes == null ? null : votes.against());
        statement.setBigDecimal(first + 2, votes == null ? null : votes.abstentions());
    }

    @Override
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        return new TableRows(connection).delete("meetings", "organization_id", organizations).counts();
    }
}
