package org.koprogo.buildings.building.control;

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

/**
 * module-buildings' tables for whole organizations: buildings and their units. A batch of units updates each of its
 * buildings' allocated quota once (the changelog's per-statement trigger).
 */
@ApplicationScoped
public class BuildingData implements DataOwner {

    private static final List<String> BUILDINGS = List.of("id", "organization_id", "name", "address", "city",
            "postal_code", "country", "total_units", "total_tantiemes", "construction_year");
    private static final List<String> UNITS = List.of("id", "organization_id", "building_id", "unit_number",
            "unit_type", "floor", "surface_area", "quota");

    @Override
    public String module() {
        return "buildings";
    }

    @Override
    public Map<String, Long> write(DataSet data, Connection connection) throws SQLException {
        return new TableRows(connection)
                .insert("buildings", BUILDINGS, data.buildings(), (b, s) -> {
                    s.setObject(1, b.id());
                    s.setObject(2, b.organizationId());
                    s.setString(3, b.name());
                    s.setString(4, b.address());
                    s.setString(5, b.city());
                    s.setString(6, b.postalCode());
                    s.setString(7, b.country());
                    s.setInt(8, b.totalUnits());
                    s.setInt(9, b.totalTantiemes());
                    s.setInt(10, b.constructionYear());
                })
                .insert("units", UNITS, data.units(), (u, s) -> {
                    s.setObject(1, u.id());
                    s.setObject(2, u.organizationId());
                    s.setObject(3, u.buildingId());
                    s.setString(4, u.unitNumber());
                    s.setString(5, u.unitType());
                    s.setInt(6, u.floor());
                    s.setBigDecimal(7, u.surfaceArea());
                    s.setBigDecimal(8, u.quota());
                })
                .counts();
    }

    @Override
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        return new TableRows(connection)
                .delete("units", "organization_id", organizations)
                .delete("buildings", "organization_id", organizations)
                .counts();
    }
}
