package org.koprogo.auth.user.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.tenancy.boundary.Role;

class UserTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final String HASH = "$2b$10$hash";

    @Test
    void aSuperadminBelongsToNoOrganization() {
        User admin = new User("root@koprogo.com", HASH, "Super", "Admin", Role.SUPERADMIN, null);
        assertNull(admin.organizationId());
        assertThrows(InvalidInput.class, () -> admin.holdOnly(List.of(Grant.primary(Role.SUPERADMIN, ORGANIZATION))));
        assertEquals(Role.SUPERADMIN, admin.role(), "a refused change changes nothing");
        assertThrows(InvalidInput.class,
                () -> new User("root@koprogo.com", HASH, "Super", "Admin", Role.SUPERADMIN, ORGANIZATION));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "SUPERADMIN", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherRoleIsHeldInAnOrganizationOrNoneYet(Role role) {
        User user = new User("jeanne@example.be", HASH, "Jeanne", "Dupont", role, ORGANIZATION);
        assertEquals(ORGANIZATION, user.organizationId());
        assertEquals(role, user.activeRole().role());
        User unattached = new User("jeanne@example.be", HASH, "Jeanne", "Dupont", role, null);
        assertNull(unattached.organizationId());
        assertEquals(role, unattached.role());
    }

    @Test
    void aUserHoldsSeveralRolesAndActsInThePrimaryOne() {
        UUID other = UUID.randomUUID();
        User user = new User("jeanne@example.be", HASH, "Jeanne", "Dupont", List.of(
                new Grant(Role.OWNER, ORGANIZATION, false), new Grant(Role.SYNDIC, other, true)));
        assertEquals(2, user.roles().size());
        assertEquals(Role.SYNDIC, user.role());
        assertEquals(other, user.organizationId());
        assertEquals(user.activeRole(),
                user.roles().stream().filter(RoleAssignment::isPrimary).findFirst().orElseThrow());
    }

    @Test
    void exactlyOneRoleIsPrimaryAndNoneIsGivenTwice() {
        UUID other = UUID.randomUUID();
        assertRefused(List.of(), "must hold at least one role");
        assertRefused(List.of(new Grant(Role.OWNER, ORGANIZATION, false)), "exactly one role must be primary");
        assertRefused(List.of(Grant.primary(Role.OWNER, ORGANIZATION), Grant.primary(Role.SYNDIC, other)),
                "exactly one role must be primary");
        assertRefused(List.of(Grant.primary(Role.OWNER, ORGANIZATION), new Grant(Role.OWNER, ORGANIZATION, false)),
                "role owner in organization " + ORGANIZATION + " is given twice");
        assertRefused(List.of(Grant.primary(Role.SUPERADMIN, null), new Grant(Role.SUPERADMIN, null, false)),
                "role superadmin is given twice");
    }

    @Test
    void replacingRolesKeepsTheAssignmentsGrantedAgainAndTellsWhetherRightsChanged() {
        UUID other = UUID.randomUUID();
        User user = new User("jeanne@example.be", HASH, "Jeanne", "Dupont", Role.OWNER, ORGANIZATION);
        UUID owner = user.activeRole().id();

        assertFalse(user.holdOnly(List.of(Grant.primary(Role.OWNER, ORGANIZATION))), "the same roles change nothing");
        assertTrue(user.holdOnly(List.of(new Grant(Role.OWNER, ORGANIZATION, false),
                Grant.primary(Role.SYNDIC, other))));
        assertEquals(owner, user.roles().get(0).id(), "granted again, the assignment keeps its id");
        assertEquals(Role.SYNDIC, user.role());
        assertEquals(other, user.organizationId());

        assertTrue(user.holdOnly(List.of(Grant.primary(Role.SYNDIC, other))));
        assertEquals(List.of(Role.SYNDIC), user.roles().stream().map(RoleAssignment::role).toList());
    }

    @Test
    void switchingMakesOneOfTheUsersOwnAssignmentsActiveAndEndsItsAccessTokens() {
        UUID other = UUID.randomUUID();
        User user = new User("jeanne@example.be", HASH, "Jeanne", "Dupont", List.of(
                Grant.primary(Role.OWNER, ORGANIZATION), new Grant(Role.SYNDIC, other, false)));
        RoleAssignment syndic = user.roles().stream().filter(role -> role.role() == Role.SYNDIC).findFirst()
                .orElseThrow();
        long before = user.rightsVersion();

        assertEquals(syndic, user.switchTo(syndic.id()));
        assertEquals(Role.SYNDIC, user.role());
        assertEquals(other, user.organizationId());
        assertEquals(1, user.roles().stream().filter(RoleAssignment::isPrimary).count());
        assertEquals(before + 1, user.rightsVersion());

        User stranger = new User("marc@example.be", HASH, "Marc", "Peeters", Role.OWNER, ORGANIZATION);
        assertThrows(NotFound.class, () -> user.switchTo(stranger.activeRole().id()));
        assertEquals(Role.SYNDIC, user.role(), "a refused switch changes nothing");
    }

    private static void assertRefused(List<Grant> grants, String detail) {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new User("jeanne@example.be", HASH, "Jeanne", "Dupont", grants));
        assertEquals(detail, refused.errors().get(0).detail());
    }

    @Test
    void oneAccountPerAddressWhateverItsCase() {
        User user = new User("  Jeanne.Dupont@Example.BE ", HASH, "Jeanne", "Dupont", Role.SYNDIC, ORGANIZATION);
        assertEquals("jeanne.dupont@example.be", user.email());
    }

    @Test
    void aUserNeedsAnEmailANameARoleAndAPasswordHash() {
        assertThrows(IllegalArgumentException.class,
                () -> new User(" ", HASH, "Jeanne", "Dupont", Role.OWNER, ORGANIZATION));
        assertThrows(IllegalArgumentException.class,
                () -> new User("j@example.be", HASH, null, "Dupont", Role.OWNER, ORGANIZATION));
        assertThrows(InvalidInput.class,
                () -> new User("j@example.be", HASH, "Jeanne", "Dupont", null, ORGANIZATION));
        assertThrows(IllegalArgumentException.class,
                () -> new User("j@example.be", " ", "Jeanne", "Dupont", Role.OWNER, ORGANIZATION));
    }

    @Test
    void revokingAccessTokensMovesTheRightsVersion() {
        User user = new User("j@example.be", HASH, "Jeanne", "Dupont", Role.OWNER, ORGANIZATION);
        long before = user.rightsVersion();
        user.revokeAccessTokens();
        assertEquals(before + 1, user.rightsVersion());
    }
}
