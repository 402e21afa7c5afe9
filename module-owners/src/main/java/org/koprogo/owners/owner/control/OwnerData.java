package org.koprogo.owners.owner.control;

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

/** module-owners' tables for whole organizations: owners and their shares of units ({@code unit_owners}). */
@ApplicationScoped
public class OwnerData implements DataOwner {

    private static final List<String> OWNERS = List.of("id", "organization_id", "first_name", "last_name", "email",
            "phone", "address", "city", "postal_code", "country", "user_id");
    private static final List<String> SHARES = List.of("id", "organization_id", "unit_id", "building_id", "owner_id",
            "ownership_percentage", "is_primary_contact", "start_date");

    @Override
    public String module() {
        return "owners";
    }

    @Override
    public Map<String, Long> write(DataSet data, Connection connection) throws SQLException {
        return new TableRows(connection)
                .insert("owners", OWNERS, data.owners(), (o, s) -> {
                    s.setObject(1, o.id());
                    s.setObject(2, o.organizationId());
                    s.setString(3, o.firstName());
                    s.setString(4, o.lastName());
                    s.setString(5, o.email());
                    s.setString(6, o.phone());
                    s.setString(7, o.address());
                    s.setString(8, o.city());
                    s.setString(9, o.postalCode());
                    s.setString(10, o.country());
                    s.setObject(11, o.userId(), Types.OTHER);
                })
                .insert("unit_owners", SHARES, data.shares(), (o, s) -> {
                    s.setObject(1, o.id());
                    s.setObject(2, o.organizationId());
                    s.setObject(3, o.unitId());
                    s.setObject(4, o.buildingId());
                    s.setObject(5, o.ownerId());
                    s.setBigDecimal(6, o.fraction());
                    s.setBoolean(7, o.primaryContact());
                    s.setObject(8, o.startDate());
                })
                .counts();
    }

    @Override
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        return new TableRows(connection)
                .delete("unit_owners", "organization_id", organizations)
                .delete("owners", "organization_id", organizations)
                .counts();
    }
}
