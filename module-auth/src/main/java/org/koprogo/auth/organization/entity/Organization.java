package org.koprogo.auth.organization.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.database.boundary.Timestamps;

@Entity
@Table(name = "organizations")
public class Organization {

    public static final String SELECT_JPQL = "select o from Organization o";
    public static final String COUNT_JPQL = "select count(o) from Organization o";

    @Id
    private UUID id;

    private String name;
    private String slug;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "subscription_plan")
    private String subscriptionPlan;

    @Column(name = "max_buildings")
    private int maxBuildings;

    @Column(name = "max_users")
    private int maxUsers;

    @Column(name = "is_active")
    private boolean active;

    @Column(name = "is_seed_data")
    private boolean seedData;

    /** Bumped whenever rights are taken away; access tokens issued under an older value are refused. */
    @Column(name = "rights_version")
    private long rightsVersion;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Organization() {
        // JPA
    }

    public Organization(String name, String slug, String contactEmail, String contactPhone, SubscriptionPlan plan) {
        this.id = UUID.randomUUID();
        this.active = true;
        this.createdAt = Timestamps.now();
        describe(name, slug, contactEmail, contactPhone, plan);
    }

    /** Sets what a client may change; the plan decides the limits. */
    public final void describe(String name, String slug, String contactEmail, String contactPhone,
                               SubscriptionPlan plan) {
        if (name == null || name.isBlank() || slug == null || slug.isBlank() || plan == null) {
            throw new IllegalArgumentException("an organization needs a name, a slug and a plan");
        }
        this.name = name;
        this.slug = slug;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.subscriptionPlan = plan.wireName();
        this.maxBuildings = plan.maxBuildings();
        this.maxUsers = plan.maxUsers();
        this.updatedAt = Timestamps.now();
    }

    public void setActive(boolean active) {
        this.active = active;
        this.updatedAt = Timestamps.now();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public SubscriptionPlan plan() {
        return SubscriptionPlan.ofWireName(subscriptionPlan);
    }

    public int maxBuildings() {
        return maxBuildings;
    }

    public int maxUsers() {
        return maxUsers;
    }

    public boolean isActive() {
        return active;
    }

    /** Access tokens issued so far stop working at their next request, on every instance. */
    public void revokeAccessTokens() {
        this.rightsVersion++;
    }

    public long rightsVersion() {
        return rightsVersion;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
