package org.koprogo.owners.ownership.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.database.boundary.Timestamps;

/**
 * An owner's share of a unit (KoproGo's unit_owners row), from its start until it is ended. Ended shares stay
 * as the unit's history. The unit's building is kept with it so an owner's readable buildings are one lookup.
 */
@Entity
@Table(name = "unit_owners")
@NamedQuery(name = Ownership.ACTIVE_TOTAL, query = "select coalesce(sum(s.percentage), 0) from Ownership s"
        + " where s.unitId = :unit and s.endDate is null")
@NamedQuery(name = Ownership.ACTIVE_OF_OWNER, query = "select s from Ownership s"
        + " where s.unitId = :unit and s.ownerId = :owner and s.endDate is null")
@NamedQuery(name = Ownership.ACTIVE_PRIMARY, query = "select s from Ownership s"
        + " where s.unitId = :unit and s.primaryContact = true and s.endDate is null")
@NamedQuery(name = Ownership.BUILDINGS_OF_USER, query = "select distinct s.buildingId from Ownership s, Owner o"
        + " where s.ownerId = o.id and o.userId = :user and s.endDate is null")
@NamedQuery(name = Ownership.BUILDINGS_OF_OWNER, query = "select distinct s.buildingId from Ownership s"
        + " where s.ownerId = :owner and s.endDate is null")
@NamedQuery(name = Ownership.OF_OWNER, query = "select s from Ownership s where s.ownerId = :owner"
        + " order by s.startDate, s.id")
@NamedQuery(name = Ownership.OF_OWNER_AFTER, query = "select s from Ownership s where s.ownerId = :owner"
        + " and (s.startDate > :date or (s.startDate = :date and s.id > :id)) order by s.startDate, s.id")
public class Ownership {

    public static final String SELECT_JPQL = "select s from Ownership s";
    public static final String COUNT_JPQL = "select count(s) from Ownership s";
    public static final String ACTIVE_TOTAL = "Ownership.activeTotal";
    public static final String ACTIVE_OF_OWNER = "Ownership.activeOfOwner";
    public static final String ACTIVE_PRIMARY = "Ownership.activePrimary";
    public static final String BUILDINGS_OF_USER = "Ownership.buildingsOfUser";
    public static final String BUILDINGS_OF_OWNER = "Ownership.buildingsOfOwner";
    /** Every share the owner holds or held, oldest first (keyset pages: then {@link #OF_OWNER_AFTER}). */
    public static final String OF_OWNER = "Ownership.ofOwner";
    public static final String OF_OWNER_AFTER = "Ownership.ofOwnerAfter";

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private UUID unitId;

    @Column(name = "building_id", nullable = false, updatable = false)
    private UUID buildingId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(name = "ownership_percentage")
    private BigDecimal percentage;

    @Column(name = "is_primary_contact")
    private boolean primaryContact;

    @Column(name = "start_date", updatable = false)
    private OffsetDateTime startDate;

    @Column(name = "end_date")
    private OffsetDateTime endDate;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Ownership() {
        // JPA
    }

    public Ownership(UUID organizationId, UUID unitId, UUID buildingId, UUID ownerId, BigDecimal percentage,
                     boolean primaryContact) {
        requireFraction(percentage);
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.unitId = unitId;
        this.buildingId = buildingId;
        this.ownerId = ownerId;
        this.percentage = percentage;
        this.primaryContact = primaryContact;
        this.startDate = Timestamps.now();
        this.updatedAt = startDate;
        this.createdAt = startDate;
    }

    private static void requireFraction(BigDecimal percentage) {
        if (percentage.signum() <= 0 || percentage.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a share is more than 0 and at most 1");
        }
    }

    public boolean isActive() {
        return endDate == null;
    }

    /** An ended share is history: its fraction stays what it was. */
    public void changePercentage(BigDecimal percentage) {
        requireActive();
        requireFraction(percentage);
        this.percentage = percentage;
        this.updatedAt = Timestamps.now();
    }

    public void end() {
        requireActive();
        this.endDate = Timestamps.now();
        this.updatedAt = endDate;
    }

    private void requireActive() {
        if (endDate != null) {
            throw new IllegalStateException("share " + id + " has already ended");
        }
    }

    public void setPrimaryContact(boolean primaryContact) {
        this.primaryContact = primaryContact;
        this.updatedAt = Timestamps.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public UUID getBuildingId() {
        return buildingId;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public BigDecimal getPercentage() {
        return percentage;
    }

    public boolean isPrimaryContact() {
        return primaryContact;
    }

    public OffsetDateTime getStartDate() {
        return startDate;
    }

    public OffsetDateTime getEndDate() {
        return endDate;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
