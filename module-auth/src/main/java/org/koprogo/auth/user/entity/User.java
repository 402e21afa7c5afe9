package org.koprogo.auth.user.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.json.boundary.Emails;
import org.koprogo.core.database.boundary.NullableUuid;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.tenancy.boundary.Role;

@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_EMAIL, query = "select u from User u where u.email = :email")
@NamedQuery(name = User.ACTIVE_IN_ORGANIZATION,
        query = "select count(u) from User u where u.organizationId = :organization and u.active = true")
@NamedQuery(name = User.ACTIVE_SUPERADMINS,
        query = "select count(u) from User u where u.role = 'superadmin' and u.active = true")
public class User {

    public static final String SELECT_JPQL = "select u from User u";
    public static final String COUNT_JPQL = "select count(u) from User u";
    public static final String BY_EMAIL = "User.byEmail";
    public static final String ACTIVE_IN_ORGANIZATION = "User.activeInOrganization";
    public static final String ACTIVE_SUPERADMINS = "User.activeSuperadmins";

    @Id
    private UUID id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String role;

    @Column(name = "organization_id")
    @Convert(converter = NullableUuid.class) // null for a superadmin
    private UUID organizationId;

    @Column(name = "is_active")
    private boolean active;

    /** Bumped whenever rights are taken away; access tokens issued under an older value are refused. */
    @Column(name = "rights_version")
    private long rightsVersion;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected User() {
        // JPA
    }

    public User(String email, String passwordHash, String firstName, String lastName, Role role,
                UUID organizationId) {
        this.id = UUID.randomUUID();
        this.active = true;
        this.createdAt = Timestamps.now();
        describe(email, firstName, lastName);
        assign(role, organizationId);
        changePassword(passwordHash);
    }

    public final void describe(String email, String firstName, String lastName) {
        if (email == null || email.isBlank() || firstName == null || lastName == null) {
            throw new IllegalArgumentException("a user needs an email and a name");
        }
        this.email = Emails.normalised(email); // one account per address, whatever its case
        this.firstName = firstName;
        this.lastName = lastName;
        this.updatedAt = Timestamps.now();
    }

    /** A superadmin belongs to no organization; every other role to exactly one. */
    public final void assign(Role role, UUID organizationId) {
        if (role == null || (role == Role.SUPERADMIN) != (organizationId == null)) {
            throw new IllegalArgumentException("a superadmin has no organization; every other role has one");
        }
        this.role = role.wireName();
        this.organizationId = organizationId;
        this.updatedAt = Timestamps.now();
    }

    public final void changePassword(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("a user needs a password hash");
        }
        this.passwordHash = passwordHash;
        this.updatedAt = Timestamps.now();
    }

    public void setActive(boolean active) {
        this.active = active;
        this.updatedAt = Timestamps.now();
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public Role role() {
        return Role.fromWireName(role).orElseThrow(); // the column's check allows only known roles
    }

    public UUID organizationId() {
        return organizationId;
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
