package org.koprogo.owners.owner.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
