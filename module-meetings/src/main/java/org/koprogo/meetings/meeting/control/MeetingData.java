package org.koprogo.meetings.meeting.control;

import java.sql.Connection;
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

/** module-meetings' table for whole organizations: the meetings of a data set, their agendas as the API keeps them. */
@ApplicationScoped
public class MeetingData implements DataOwner {

    private static final List<String> MEETINGS = List.of("id", "organization_id", "building_id", "meeting_type",
            "title", "description", "scheduled_date", "location", "status", "agenda", "attendees_count");

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
                })
                .counts();
    }

    @Override
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        return new TableRows(connection).delete("meetings", "organization_id", organizations).counts();
    }
}
