package org.koprogo.auth.organization.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.data.boundary.DataOwner;
import org.koprogo.core.data.boundary.DataSet;
import org.koprogo.core.data.boundary.TableRows;

/** module-auth's tables for whole organizations: the organizations themselves and their users. */
@ApplicationScoped
public class OrganizationData implements DataOwner {

    private static final List<String> ORGANIZATIONS = List.of("id", "name", "slug", "contact_email", "contact_phone",
            "subscription_plan", "max_buildings", "max_users", "is_seed_data");
    private static final List<String> USERS = List.of("id", "organization_id", "email", "password_hash", "first_name",
            "last_name", "role");

    @Override
    public String module() {
        return "auth";
    }

    @Override
    public Map<String, Long> write(DataSet data, Connection connection) throws SQLException {
        return new TableRows(connection)
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
    }

    /** Refresh tokens go with their users (on delete cascade). */
    @Override
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        return new TableRows(connection)
                .delete("users", "organization_id", organizations)
                .delete("organizations", "id", organizations)
                .counts();
    }
}
