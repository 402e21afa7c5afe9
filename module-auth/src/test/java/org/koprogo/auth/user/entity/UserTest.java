package org.koprogo.auth.user.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.koprogo.core.tenancy.boundary.Role;

class UserTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final String HASH = "$2b$10$hash";

    @Test
    void aSuperadminBelongsToNoOrganization() {
        User admin = new User("root@koprogo.com", HASH, "Super", "Admin", Role.SUPERADMIN, null);
        assertNull(admin.organizationId());
        assertThrows(IllegalArgumentException.class, () -> admin.assign(Role.SUPERADMIN, ORGANIZATION));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "SUPERADMIN", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherRoleBelongsToExactlyOne(Role role) {
        User user = new User("jeanne@example.be", HASH, "Jeanne", "Dupont", role, ORGANIZATION);
        assertEquals(ORGANIZATION, user.organizationId());
        assertThrows(IllegalArgumentException.class, () -> user.assign(role, null));
        assertEquals(ORGANIZATION, user.organizationId(), "a refused assignment changes nothing");
        assertThrows(IllegalArgumentException.class,
                () -> new User("jeanne@example.be", HASH, "Jeanne", "Dupont", role, null));
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
        assertThrows(IllegalArgumentException.class,
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
