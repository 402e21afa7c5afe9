package org.koprogo.auth.user.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.tenancy.boundary.Role;

class UserErasureTest {

    private final User user = new User("Gudrun.Peeters@Example.be", "$2b$10$hash", "Gudrun", "Peeters", Role.OWNER,
            UUID.randomUUID());

    @Test
    void erasureReplacesTheAddressNamesAndPasswordAndClosesTheAccount() {
        long rights = user.rightsVersion();

        user.erase("$2b$10$unmatchable");

        assertEquals("erased-" + user.id() + "@erased.invalid", user.email());
        assertEquals("Erased", user.firstName());
        assertEquals("User", user.lastName());
        assertEquals("$2b$10$unmatchable", user.passwordHash());
        assertFalse(user.isActive());
        assertTrue(user.isErased());
        assertTrue(user.rightsVersion() > rights, "its access tokens end at once");
        assertEquals(Role.OWNER, user.role(), "its roles stay, for what was recorded under them");
    }

    @Test
    void anErasedAccountIsNeverReactivated() {
        user.erase("$2b$10$unmatchable");

        assertThrows(RuleViolation.class, () -> user.setActive(true));
        user.setActive(false);
        assertFalse(user.isActive());
    }
}
