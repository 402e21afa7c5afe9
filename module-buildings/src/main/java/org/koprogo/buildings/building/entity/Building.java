package org.koprogo.buildings.building.entity;

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
import org.koprogo.core.paging.boundary.CountedRows;
import org.koprogo.core.refusal.boundary.RuleViolation;

@Entity
@CountedRows
@Table(name = "buildings")
@NamedQuery(name = Building.IN_ORGANIZATION,
        query = "select count(b) from Building b where b.organizationId = :organization")
public class Building {

    public static final String SELECT_JPQL = "select b from Building b";
    public static final String COUNT_JPQL = "select count(b) from Building b";
    public static final String IN_ORGANIZATION = "Building.inOrganization";

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    private String name;
    private String address;
    private String city;

    @Column(name = "postal_code")
    private String postalCode;

    private String country;

    @Column(name = "total_units")
    private int totalUnits;

    @Column(name = "total_tantiemes")
    private int totalTantiemes;

    /**
     * Kept by the database (trigger units_allocate_quota), read fresh with the row's lock, never written here;
     * {@link #reallocate} keeps this copy in step for the rest of the transaction.
     */
    @Column(name = "allocated_quota", insertable = false, updatable = false)
    private BigDecimal allocatedQuota;

    @Column(name = "construction_year")
    private Integer constructionYear;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Building() {
        // JPA
    }

    public Building(UUID organizationId, String name, String address, String city, String postalCode,
                    String country, int totalUnits, int totalTantiemes, Integer constructionYear) {
        if (organizationId == null) {
            throw new IllegalArgumentException("a building needs an organization");
        }
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.allocatedQuota = BigDecimal.ZERO; // a new building's units hold nothing
        describe(name, address, city, postalCode, country, totalUnits, totalTantiemes, constructionYear);
        this.createdAt = updatedAt;
    }

    /**
     * Everything but its identity and organization, which never change. The tantièmes may not drop below what
     * its units hold (a 409).
     */
    public final void describe(String name, String address, String city, String postalCode, String country,
                               int totalUnits, int totalTantiemes, Integer constructionYear) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a building needs a name");
        }
        if (totalUnits < 0 || totalTantiemes <= 0) {
            throw new IllegalArgumentException("total_units >= 0 and total_tantiemes > 0");
        }
        if (!covers(totalTantiemes, allocatedQuota)) {
            throw new RuleViolation("The building's units already hold " + plain(allocatedQuota)
                    + " tantièmes; total_tantiemes cannot be " + totalTantiemes);
        }
        this.name = name;
        this.address = address;
        this.city = city;
        this.postalCode = postalCode;
        this.country = country;
        this.totalUnits = totalUnits;
        this.totalTantiemes = totalTantiemes;
        this.constructionYear = constructionYear;
        this.updatedAt = Timestamps.now();
    }

    /**
     * Its units' quotas change: {@code released} is what a unit held before (zero for a new one), {@code taken}
     * what it holds now. Refused (a 409) when the units would hold more than the building's tantièmes.
     */
    public void reallocate(BigDecimal released, BigDecimal taken) {
        BigDecimal allocated = allocatedQuota.subtract(released).add(taken);
        if (!covers(totalTantiemes, allocated)) {
            throw new RuleViolation("The units' quotas would total " + plain(allocated) + ", more than the building's "
                    + totalTantiemes + " tantièmes");
        }
        allocatedQuota = allocated;
    }

    private static boolean covers(int totalTantiemes, BigDecimal quotas) {
        return quotas.compareTo(BigDecimal.valueOf(totalTantiemes)) <= 0;
    }

    private static String plain(BigDecimal quotas) {
        return quotas.stripTrailingZeros().toPlainString();
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }

    public int getTotalUnits() {
        return totalUnits;
    }

    public int getTotalTantiemes() {
        return totalTantiemes;
    }

    public Integer getConstructionYear() {
        return constructionYear;
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
