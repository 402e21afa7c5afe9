package org.koprogo.meetings.meeting.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.data.boundary.DataOwner;
import org.koprogo.core.data.boundary.DataSet;
import org.koprogo.core.data.boundary.TableRows;
import org.koprogo.meetings.MeetingsModule;

/** module-meetings' table for whole organizations. No data set carries meetings yet: a seed writes none. */
@ApplicationScoped
public class MeetingData implements DataOwner {

    @Override
    public String module() {
        return MeetingsModule.NAME;
    }

    @Override
    public Map<String, Long> write(DataSet data, Connection connection) {
        return Map.of();
    }

    @Override
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        return new TableRows(connection).delete("meetings", "organization_id", organizations).counts();
    }
}
