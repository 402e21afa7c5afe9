package org.koprogo.buildings.unit.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.paging.boundary.CountedRows;
import org.koprogo.core.database.boundary.Timestamps;

/** A lot of a building, with its share of the building's tantièmes (quota). */
@Entity
@CountedRows
@Table(name = "units")
public class Unit {

    public static final String SELECT_JPQL = "select u from Unit u";
    public static final String COUNT_JPQL = "select count(u) from Unit u";

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "building_id", nullable = false, updatable = false)
    private UUID buildingId;

    @Column(name = "unit_number")
    private String unitNumber;

    @Column(name = "unit_type")
    @Convert(converter = UnitType.Column.class)
    private UnitType unitType;

    private Integer floor;

    @Column(name = "surface_area")
    private BigDecimal surfaceArea;

    private BigDecimal quota;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Unit() {
        // JPA
    }

    public Unit(UUID organizationId, UUID buildingId, String unitNumber, UnitType unitType, Integer floor,
                BigDecimal surfaceArea, BigDecimal quota) {
        if (organizationId == null || buildingId == null) {
            throw new IllegalArgumentException("a unit belongs to an organization's building");
        }
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.buildingId = buildingId;
        describe(unitNumber, unitType, floor, surfaceArea, quota);
        this.createdAt = updatedAt;
    }

    /** Everything but its identity and building, which never change. */
    public final void describe(String unitNumber, UnitType unitType, Integer floor, BigDecimal surfaceArea,
                               BigDecimal quota) {
        if (unitNumber == null || unitNumber.isBlank() || unitType == null) {
            throw new IllegalArgumentException("a unit needs a number and a type");
        }
        if (surfaceArea.signum() <= 0 || quota.signum() <= 0) {
            throw new IllegalArgumentException("surface_area and quota must be positive");
        }
        this.unitNumber = unitNumber;
        this.unitType = unitType;
        this.floor = floor;
        this.surfaceArea = surfaceArea;
        this.quota = quota;
        this.updatedAt = Timestamps.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getBuildingId() {
        return buildingId;
    }

    public String getUnitNumber() {
        return unitNumber;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public Integer getFloor() {
        return floor;
    }

    public BigDecimal getSurfaceArea() {
        return surfaceArea;
    }

    public BigDecimal getQuota() {
        return quota;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
