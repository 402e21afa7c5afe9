package org.koprogo.owners.owner.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.koprogo.core.refusal.boundary.RuleViolation;

class OwnerTest {

    private static Owner.Contact contact(String firstName, String lastName, String email) {
        return new Owner.Contact(firstName, lastName, email, "+32 2 123 45 67", "Rue Haute 3", "Bruxelles", "1000",
                "BE");
    }

    @Test
    void anEmailIsStoredStrippedAndInLowerCase() {
        assertEquals("marie.dupont@example.be", contact("Marie", "Dupont", "  Marie.Dupont@Example.BE ").email());
    }

    @ParameterizedTest(name = "[{0}] [{1}] [{2}]")
    @CsvSource(value = {"NULL, Dupont, m@x.be", "' ', Dupont, m@x.be", "Marie, NULL, m@x.be", "Marie, '', m@x.be",
            "Marie, Dupont, NULL", "Marie, Dupont, no-at-sign"}, nullValues = "NULL")
    void anOwnerNeedsAFirstNameALastNameAndAnEmail(String firstName, String lastName, String email) {
        assertThrows(IllegalArgumentException.class, () -> contact(firstName, lastName, email));
    }

    @Test
    void anOwnerBelongsToAnOrganization() {
        Owner.Contact contact = contact("Marie", "Dupont", "m@x.be");
        assertThrows(IllegalArgumentException.class, () -> new Owner(null, contact));
    }

    @Test
    void aNewOwnerIsLinkedToNoUserUntilLinked() {
        Owner owner = new Owner(UUID.randomUUID(), contact("Marie", "Dupont", "m@x.be"));
        assertNull(owner.getUserId());
        UUID user = UUID.randomUUID();
        owner.linkUser(user);
        assertEquals(user, owner.getUserId());
    }

    @Test
    void describingReplacesTheContactButNotTheIdentity() {
        Owner owner = new Owner(UUID.randomUUID(), contact("Marie", "Dupont", "m@x.be"));
        UUID id = owner.getId();
        owner.describe(new Owner.Contact("Jan", "Peeters", "Jan@X.be", null, null, "Gent", "9000", "BE"));
        assertEquals(id, owner.getId());
        assertEquals("Jan", owner.getFirstName());
        assertEquals("Peeters", owner.getLastName());
        assertEquals("jan@x.be", owner.getEmail());
        assertNull(owner.getPhone());
        assertEquals("Gent", owner.getCity());
    }

    @Test
    void erasingReplacesEveryContactDetailAndKeepsTheRecordAndItsLink() {
        Owner owner = new Owner(UUID.randomUUID(), contact("Marie", "Dupont", "marie@x.be"));
        UUID id = owner.getId();
        UUID user = UUID.randomUUID();
        owner.linkUser(user);
        assertFalse(owner.isErased());

        owner.erase();

        assertTrue(owner.isErased());
        assertNotNull(owner.getErasedAt());
        assertEquals(id, owner.getId());
        assertEquals(user, owner.getUserId());
        assertEquals("Erased", owner.getFirstName());
        assertEquals("Owner", owner.getLastName());
        assertEquals("erased-" + id + "@erased.invalid", owner.getEmail());
        assertNull(owner.getPhone());
        assertNull(owner.getAddress());
        assertNull(owner.getCity());
        assertNull(owner.getPostalCode());
        assertNull(owner.getCountry());
    }

    @Test
    void twoErasedOwnersOfAnOrganizationKeepDistinctEmails() {
        UUID organization = UUID.randomUUID();
        Owner one = new Owner(organization, contact("Marie", "Dupont", "marie@x.be"));
        Owner other = new Owner(organization, contact("Jan", "Peeters", "jan@x.be"));
        one.erase();
        other.erase();
        assertFalse(one.getEmail().equals(other.getEmail()));
    }

    @Test
    void anErasedOwnerIsNotDescribedAgain() {
        Owner owner = new Owner(UUID.randomUUID(), contact("Marie", "Dupont", "marie@x.be"));
        owner.erase();
        Owner.Contact again = contact("Marie", "Dupont", "marie@x.be");
        assertThrows(RuleViolation.class, () -> owner.describe(again));
        assertEquals("Owner", owner.getLastName());
    }
}
