package org.koprogo.owners.owner.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.koprogo.owners.owner.entity.Owner;

class OwnerRequestTest {

    @Test
    void theEmailIsNormalisedBeforeValidationSoItsStoredLengthIsTheOneChecked() {
        OwnerRequest request = new OwnerRequest(null, "Marie", "Dupont", "  Marie.Dupont@Example.BE ", null, null,
                null, null, null);
        assertEquals("marie.dupont@example.be", request.email());
    }

    @Test
    void theContactIsStrippedAndBlankOptionalFieldsAreAbsent() {
        Owner.Contact contact = new OwnerRequest(null, " Marie ", "Dupont\t", "m@x.be", "  ", "", " Rue Haute 3 ",
                " 1000", null).contact();
        assertEquals(new Owner.Contact("Marie", "Dupont", "m@x.be", null, null, "Rue Haute 3", "1000", null),
                contact);
    }
}
