package org.koprogo.auth.user.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.auth.organization.control.OrganizationStore;
import org.koprogo.auth.organization.entity.Organization;
import org.koprogo.auth.user.entity.Grant;
import org.koprogo.auth.user.entity.RoleAssignment;
import org.koprogo.auth.user.entity.User;
import org.koprogo.core.data.boundary.PlatformData;
import org.koprogo.core.database.boundary.Conflicts;
import org.koprogo.core.json.boundary.Emails;
import org.koprogo.core.lifecycle.boundary.StartupRefusedException;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.paging.boundary.Where;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.NotPermitted;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;

/**
 * Users and the rules of who manages whom: a superadmin anyone anywhere, a syndic the users of its own
 * organization; only a superadmin makes a superadmin. An organization holds at most its plan's active users.
 */
@ApplicationScoped
public class UserStore {

    public static final Map<String, String> SORTS = Map.of("email", "u.email", "last_name", "u.lastName",
            "created_at", "u.createdAt");

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    UserSessions sessions;

    @Inject
    PlatformData data;

    /** The page's ids first, then those users with their roles in one query: no query per user. */
    public <T> Page<T> list(Caller caller, UUID organization, PageRequest request, Function<User, T> view) {
        Where where = Where.visibleTo(caller.organizationId(), "u.organizationId");
        if (caller.isSuperadmin()) {
            where.and("u.organizationId = :filter", "filter", organization);
        }
        Page<UUID> ids = JpaPages.list(em, UUID.class, User.SELECT_IDS_JPQL, User.COUNT_JPQL, where, SORTS, "u.id",
                request, Function.identity());
        Map<UUID, User> users = ids.data().isEmpty() ? Map.of()
                : em.createNamedQuery(User.WITH_ROLES, User.class).setParameter("ids", ids.data()).getResultStream()
                        .collect(Collectors.toMap(User::id, Function.identity(), (same, again) -> same));
        return new Page<>(ids.data().stream().map(users::get).map(view).toList(), ids.pagination());
    }

    /** The user, if the caller may see it (another organization's user is absent). */
    public Optional<User> find(Caller caller, UUID id) {
        return Optional.ofNullable(em.find(User.class, id)).filter(user -> user.organizationId() == null
                ? caller.isSuperadmin() : caller.canSee(user.organizationId()));
    }

    public Optional<User> byId(UUID id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    public Optional<User> byEmail(String email) {
        return em.createNamedQuery(User.BY_EMAIL, User.class).setParameter("email", Emails.normalised(email))
                .getResultStream().findFirst();
    }

    @Transactional
    public User create(Caller caller, UserChanges changes) {
        List<Grant> grants = grantable(caller, changes, null);
        String hash = passwords.hash(requirePassword(changes.password()));
        organizations(grants).forEach(this::admit);
        User user = new User(changes.email(), hash, changes.firstName(), changes.lastName(), grants);
        em.persist(user);
        return saved(user);
    }

    /**
     * Anyone's own account: an owner of no organization, which sees no organization's data until a superadmin or
     * a syndic gives it a role in one. Who may register is the registration's business, not the store's.
     */
    @Transactional
    public User register(String email, String password, String firstName, String lastName) {
        String hash = passwords.hash(requirePassword(password));
        User user = new User(email, hash, firstName, lastName, Role.OWNER, null);
        em.persist(user);
        return saved(user);
    }

    /**
     * Replaces what a client may change. A new password, role or organization ends the user's sessions: their
     * refresh tokens would otherwise keep the old rights alive.
     */
    @Transactional
    public User update(Caller caller, UUID id, UserChanges changes) {
        User user = find(caller, id).orElseThrow(() -> notFound(id));
        List<Grant> grants = grantable(caller, changes, user);
        if (changes.password() != null) {
            user.changePassword(passwords.hash(requirePassword(changes.password())));
        }
        if (user.isActive()) {
            Set<UUID> held = user.roles().stream().map(RoleAssignment::organizationId).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            organizations(grants).stream().filter(organization -> !held.contains(organization)).forEach(this::admit);
        }
        user.describe(changes.email(), changes.firstName(), changes.lastName());
        boolean rightsChange = user.holdOnly(grants) || changes.password() != null;
        if (rightsChange) {
            endSessions(user);
        }
        return saved(user);
    }

    /**
     * Makes one of the user's own role assignments the active one; the access tokens of the previous one end.
     * An assignment in a deactivated organization cannot be made active: its users may not sign in.
     */
    @Transactional
    public User switchRole(UUID userId, UUID assignmentId) {
        User user = byId(userId).orElseThrow(() -> notFound(userId));
        RoleAssignment chosen = user.switchTo(assignmentId);
        if (chosen.organizationId() != null) {
            Organization organization = em.find(Organization.class, chosen.organizationId());
            RuleViolation.require(organization.isActive(), "Organization " + organization.id() + " is deactivated");
        }
        return user;
    }

    @Transactional
    public User setActive(Caller caller, UUID id, boolean active) {
        User user = find(caller, id).orElseThrow(() -> notFound(id));
        RuleViolation.require(active || !user.id().equals(caller.userId()), "You cannot deactivate your own account");
        if (active && !user.isActive() && user.organizationId() != null) {
            admit(user.organizationId());
        }
        user.setActive(active);
        if (!active) {
            endSessions(user);
        }
        return user;
    }

    /**
     * Deletes the sign-in: the user's row, and its refresh tokens with it (on delete cascade); its access tokens
     * are refused from their next request, since no user holds their rights. What other modules recorded about
     * the user stays, released from it ({@link PlatformData#releaseUser}).
     */
    @Transactional
    public void delete(Caller caller, UUID id) {
        User user = find(caller, id).orElseThrow(() -> notFound(id));
        RuleViolation.require(!user.id().equals(caller.userId()), "You cannot delete your own account");
        data.releaseUser(user.id());
        em.remove(user);
        em.flush();
    }

    /** Logout of every session: refresh tokens revoked, access tokens refused from their next request. */
    @Transactional
    public void endSessions(UUID userId) {
        byId(userId).ifPresent(this::endSessions);
    }

    private void endSessions(User user) {
        user.revokeAccessTokens();
        sessions.revokeUser(user.id());
    }

    /** What {@link #ensureSuperadmin} did. */
    public enum Ensured { CREATED, PASSWORD_RESET, UNCHANGED }

    /**
     * Creates the superadmin with this email, or makes the superadmin with it active with this password. A new
     * password ends the account's sessions. An account holding no superadmin role is never promoted: whoever can
     * set the environment must not silently take over an organization's user.
     */
    @Transactional
    public Ensured ensureSuperadmin(String email, String password) {
        Optional<User> existing = byEmail(email);
        if (existing.isEmpty()) {
            em.persist(new User(email, passwords.hash(password), "Super", "Admin", Role.SUPERADMIN, null));
            return Ensured.CREATED;
        }
        User user = existing.get();
        if (user.roles().stream().noneMatch(held -> held.role() == Role.SUPERADMIN)) {
            throw new StartupRefusedException(AdminBootstrap.EMAIL + " names the account " + user.email() + ", a "
                    + user.role().wireName() + ", not a superadmin: it is not promoted. Name another email, or have a"
                    + " superadmin change its role through the API");
        }
        if (!user.isActive()) {
            user.setActive(true);
        }
        if (passwords.matches(password, user.passwordHash())) {
            return Ensured.UNCHANGED;
        }
        user.changePassword(passwords.hash(password));
        endSessions(user);
        return Ensured.PASSWORD_RESET;
    }

    public long activeSuperadmins() {
        return em.createNamedQuery(User.ACTIVE_SUPERADMINS, Long.class).getSingleResult();
    }

    /**
     * The roles the user holds after this request, each in an organization the caller manages. Only a superadmin
     * makes a superadmin (who has no organization) or grants roles in any organization; a syndic grants roles in
     * its own, and the user's other roles (elsewhere, or superadmin), which are not the syndic's to change, stay.
     */
    private static List<Grant> grantable(Caller caller, UserChanges changes, User existing) {
        List<Grant> grants = new ArrayList<>();
        for (int i = 0; i < changes.roles().size(); i++) {
            grants.add(grantable(caller, changes, existing, changes.roles().get(i), "#/roles/" + i + "/"));
        }
        if (!caller.isSuperadmin() && existing != null) {
            existing.roles().stream()
                    .filter(held -> held.organizationId() == null || !caller.canSee(held.organizationId()))
                    .map(held -> new Grant(held.role(), held.organizationId(), false))
                    .forEach(grants::add);
        }
        return grants;
    }

    private static Grant grantable(Caller caller, UserChanges changes, User existing, Grant grant, String pointer) {
        if (grant.role() == Role.SUPERADMIN) {
            if (!caller.isSuperadmin()) {
                throw new NotPermitted("Only a superadmin can make a superadmin");
            }
            return changes.listedRoles() ? grant : new Grant(Role.SUPERADMIN, null, grant.primary());
        }
        if (!changes.listedRoles()) {
            UUID kept = caller.isSuperadmin() && grant.organizationId() == null && existing != null
                    ? existing.organizationId() : null;
            return new Grant(grant.role(), kept != null ? kept : caller.organizationForWrite(grant.organizationId()),
                    grant.primary());
        }
        if (caller.isSuperadmin() && grant.organizationId() == null) {
            throw InvalidInput.inBody(pointer + "organization_id",
                    "a role other than superadmin needs an organization");
        }
        if (grant.organizationId() != null && !caller.canSee(grant.organizationId())) {
            throw new NotPermitted("You grant roles in your own organization only");
        }
        return new Grant(grant.role(), caller.organizationForWrite(grant.organizationId()), grant.primary());
    }

    private static Set<UUID> organizations(List<Grant> grants) {
        return grants.stream().map(Grant::organizationId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Locks the organization, so that concurrent additions cannot together pass its plan's limit. */
    private void admit(UUID organizationId) {
        Organization organization = Optional.ofNullable(em.find(Organization.class, organizationId,
                LockModeType.PESSIMISTIC_WRITE)).orElseThrow(() -> OrganizationStore.notFound(organizationId));
        RuleViolation.require(organization.isActive(), "Organization " + organizationId + " is deactivated");
        long active = em.createNamedQuery(User.ACTIVE_IN_ORGANIZATION, Long.class)
                .setParameter("organization", organizationId).getSingleResult();
        RuleViolation.require(active < organization.maxUsers(), "Organization " + organizationId + " has reached the "
                + organization.maxUsers() + " active users of its " + organization.plan().wireName() + " plan");
    }

    private static String requirePassword(String password) {
        String weakness = password == null ? "must not be null" : Passwords.weakness(password);
        if (weakness != null) {
            throw InvalidInput.inBody("#/password", weakness);
        }
        return password;
    }

    private User saved(User user) {
        Conflicts.flush(em, Map.of("users_email", "A user with email " + user.email() + " already exists"));
        return user;
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("No user " + id);
    }
}
