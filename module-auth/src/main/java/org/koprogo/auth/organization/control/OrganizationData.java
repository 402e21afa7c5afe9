package org.koprogo.auth.organization.control;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.data.boundary.DataOwner;
import org.koprogo.core.data.boundary.DataSet;
import org.koprogo.core.data.boundary.TableRows;

/** module-auth's tables for whole organizations: the organizations, their users and the roles held there. */
@ApplicationScoped
public class OrganizationData implements DataOwner {

    private static final List<String> ORGANIZATIONS = List.of("id", "name", "slug", "contact_email", "contact_phone",
            "subscription_plan", "max_buildings", "max_users", "is_seed_data");
    private static final List<String> USERS = List.of("id", "organization_id", "email", "password_hash", "first_name",
            "last_name", "role");
    private static final List<String> USER_ROLES = List.of("id", "user_id", "role", "organization_id", "is_primary");

    @Override
    public String module() {
        return "auth";
    }

    @Override
    public Map<String, Long> write(DataSet data, Connection connection) throws SQLException {
        Map<String, Long> written = new TableRows(connection)
                .insert("organizations", ORGANIZATIONS, data.organizations(), (o, s) -> {
                    s.setObject(1, o.id());
                    s.setString(2, o.name());
                    s.setString(3, o.slug());
                    s.setString(4, o.contactEmail());
                    s.setString(5, o.contactPhone());
                    s.setString(6, o.subscriptionPlan());
                    s.setInt(7, o.maxBuildings());
                    s.setInt(8, o.maxUsers());
                    s.setBoolean(9, o.seedData());
                })
                .insert("users", USERS, data.users(), (u, s) -> {
                    s.setObject(1, u.id());
                    s.setObject(2, u.organizationId());
                    s.setString(3, u.email());
                    s.setString(4, u.passwordHash());
                    s.setString(5, u.firstName());
                    s.setString(6, u.lastName());
                    s.setString(7, u.role());
                })
                .counts();
        // each user's one role is part of its row in the data set: written, but counted with the users
        new TableRows(connection).insert("user_roles", USER_ROLES, data.users(), (u, s) -> {
            s.setObject(1, primaryAssignmentId(u.id()));
            s.setObject(2, u.id());
            s.setString(3, u.role());
            s.setObject(4, u.organizationId());
            s.setBoolean(5, true);
        });
        return written;
    }

    /** Derived from the user's id, so that a seed planted twice gives the same ids. */
    private static UUID primaryAssignmentId(UUID userId) {
        return UUID.nameUUIDFromBytes(("primary role of " + userId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The roles held in the organizations go. A user left with no role goes too (refresh tokens go with their users,
     * on delete cascade); one whose active role was there and who holds others elsewhere stays, acting in the oldest
     * of them from now on, its access tokens ended.
     */
    @Override
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        Array ids = connection.createArrayOf("uuid", organizations.toArray());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("user_roles", run(connection, "delete from user_roles where organization_id = any (?)", ids));
        counts.put("users", run(connection, """
                delete from users where organization_id = any (?)
                and not exists (select 1 from user_roles r where r.user_id = users.id)""", ids));
        run(connection, """
                update user_roles set is_primary = true where id in (
                    select distinct on (r.user_id) r.id from user_roles r join users u on u.id = r.user_id
                    where u.organization_id = any (?) order by r.user_id, r.created_at, r.id)""", ids);
        run(connection, """
                update users set role = r.role, organization_id = r.organization_id,
                    rights_version = users.rights_version + 1, updated_at = now()
                from user_roles r where r.user_id = users.id and r.is_primary and users.organization_id = any (?)""",
                ids);
        counts.putAll(new TableRows(connection).delete("organizations", "id", organizations).counts());
        return counts;
    }

    private static long run(Connection connection, String sql, Array organizations) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, organizations);
            return statement.executeUpdate();
        }
    }
}
