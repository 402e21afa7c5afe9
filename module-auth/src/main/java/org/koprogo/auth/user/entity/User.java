package org.koprogo.auth.user.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.json.boundary.Emails;
import org.koprogo.core.database.boundary.NullableUuid;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.tenancy.boundary.Role;

@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_EMAIL, query = "select u from User u where u.email = :email")
@NamedQuery(name = User.ACTIVE_IN_ORGANIZATION, query = "select count(distinct r.user) from RoleAssignment r"
        + " where r.organizationId = :organization and r.user.active = true")
@NamedQuery(name = User.WITH_ROLES, query = "select distinct u from User u left join fetch u.roles where u.id in :ids")
@NamedQuery(name = User.ACTIVE_SUPERADMINS, query = "select count(distinct r.user) from RoleAssignment r"
        + " where r.role = 'superadmin' and r.user.active = true")
public class User {

    public static final String SELECT_IDS_JPQL = "select u.id from User u";
    public static final String COUNT_JPQL = "select count(u) from User u";
    public static final String BY_EMAIL = "User.byEmail";
    public static final String WITH_ROLES = "User.withRoles";
    public static final String ACTIVE_IN_ORGANIZATION = "User.activeInOrganization";
    public static final String ACTIVE_SUPERADMINS = "User.activeSuperadmins";

    /** As {@link #roles} is loaded; PostgreSQL orders uuids as unsigned bytes, as their text (not UUID.compareTo). */
    private static final Comparator<RoleAssignment> OLDEST_FIRST = Comparator.comparing(RoleAssignment::createdAt)
            .thenComparing(assignment -> assignment.id().toString());

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

    /** The active (primary) assignment's role and organization, repeated here for tokens and queries. */
    @Column(name = "organization_id")
    @Convert(converter = NullableUuid.class) // null for a superadmin, or an owner no organization has taken yet
    private UUID organizationId;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<RoleAssignment> roles = new ArrayList<>();

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

    /** When the account's personal data were erased; null while they are not. */
    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    protected User() {
        // JPA
    }

    public User(String email, String passwordHash, String firstName, String lastName, List<Grant> grants) {
        this.id = UUID.randomUUID();
        this.active = true;
        this.createdAt = Timestamps.now();
        describe(email, firstName, lastName);
        holdOnly(grants);
        changePassword(passwordHash);
    }

    /** A user holding one role. */
    public User(String email, String passwordHash, String firstName, String lastName, Role role,
                UUID organizationId) {
        this(email, passwordHash, firstName, lastName, List.of(Grant.primary(role, organizationId)));
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

    /**
     * Replaces the roles the user holds: an assignment granted again is kept (its id with it), the others go, new
     * ones are added; the primary one becomes the active role. Exactly one grant is primary, none is given twice,
     * and a superadmin's names no organization.
     *
     * @return whether the user's rights changed: a role given or taken away, or another one made active
     */
    public final boolean holdOnly(List<Grant> grants) {
        requireValid(grants);
        Set<Grant> before = held();
        roles.removeIf(assignment -> grants.stream().noneMatch(grant -> grant.sameAs(assignment)));
        for (Grant grant : grants) {
            roles.stream().filter(grant::sameAs).findFirst().ifPresentOrElse(
                    held -> held.makePrimary(grant.primary()), () -> roles.add(new RoleAssignment(this, grant)));
        }
        activate(activeRole());
        return !before.equals(held());
    }

    /**
     * Makes one of the user's own assignments the active one. Access tokens issued under the previous one stop
     * working: they carry its role and organization.
     *
     * @throws NotFound when the user holds no such assignment (whoever else holds it)
     */
    public RoleAssignment switchTo(UUID assignmentId) {
        RoleAssignment chosen = roles.stream().filter(assignment -> assignment.id().equals(assignmentId)).findFirst()
                .orElseThrow(() -> new NotFound("You hold no role assignment " + assignmentId));
        roles.forEach(assignment -> assignment.makePrimary(assignment == chosen));
        activate(chosen);
        revokeAccessTokens();
        return chosen;
    }

    private static void requireValid(List<Grant> grants) {
        if (grants == null || grants.isEmpty()) {
            throw InvalidInput.inBody("#/roles", "must hold at least one role");
        }
        if (grants.stream().filter(Grant::primary).count() != 1) {
            throw InvalidInput.inBody("#/roles", "exactly one role must be primary");
        }
        Set<Grant> distinct = new HashSet<>();
        for (Grant grant : grants) {
            if (grant.role() == null) {
                throw InvalidInput.inBody("#/roles", "every entry needs a role");
            }
            if (grant.role() == Role.SUPERADMIN && grant.organizationId() != null) {
                throw InvalidInput.inBody("#/roles", "a superadmin belongs to no organization");
            }
            if (!distinct.add(new Grant(grant.role(), grant.organizationId(), false))) {
                throw InvalidInput.inBody("#/roles", "role " + grant.role() + (grant.organizationId() == null ? ""
                        : " in organization " + grant.organizationId()) + " is given twice");
            }
        }
    }

    private Set<Grant> held() {
        return roles.stream().map(held -> new Grant(held.role(), held.organizationId(), held.isPrimary()))
                .collect(Collectors.toSet());
    }

    private void activate(RoleAssignment assignment) {
        this.role = assignment.role().wireName();
        this.organizationId = assignment.organizationId();
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
        RuleViolation.require(!active || erasedAt == null, "User " + id + " was erased: the account stays closed");
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

    /** Oldest first, new assignments included before any reload. */
    public List<RoleAssignment> roles() {
        return roles.stream().sorted(OLDEST_FIRST).toList();
    }

    /** The primary assignment, whose role and organization the user acts in. */
    public RoleAssignment activeRole() {
        return roles.stream().filter(RoleAssignment::isPrimary).findFirst().orElseThrow();
    }

    public boolean isActive() {
        return active;
    }

    /** Access tokens issued so far stop working at their next request, on every instance. */
    public void revokeAccessTokens() {
        this.rightsVersion++;
    }

    /**
     * Anonymises the account (GDPR art. 17): its address, names and password are replaced, it is closed and its
     * access tokens end. Its id and roles stay, for what other modules recorded under them; its address is free.
     *
     * @param unmatchableHash a password hash no password anyone knows matches
     */
    public void erase(String unmatchableHash) {
        this.email = "erased-" + id + "@erased.invalid";
        this.firstName = "Erased";
        this.lastName = "User";
        changePassword(unmatchableHash);
        this.active = false;
        this.erasedAt = Timestamps.now();
        revokeAccessTokens();
    }

    public boolean isErased() {
        return erasedAt != null;
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
