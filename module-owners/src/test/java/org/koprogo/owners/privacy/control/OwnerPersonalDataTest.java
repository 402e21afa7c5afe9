package org.koprogo.owners.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ExportPart;
import org.koprogo.owners.owner.entity.Owner;

/** The rules of module-owners' part that hold without a database (no entity manager: it is never reached). */
class OwnerPersonalDataTest {

    private final OwnerPersonalData data = new OwnerPersonalData();
    private final DataSubject signInAlone = new DataSubject(UUID.randomUUID(), null, UUID.randomUUID());

    @Test
    void itWritesTheOwnersThenTheUnitsOfModuleOwners() {
        assertEquals("owners", data.module());
        assertEquals(List.of(ExportPart.list("owners"), ExportPart.list("units")), data.parts());
    }

    @Test
    void aSignInWithNoOwnerRecordHasNoOwnerNorShareHere() {
        List<Object> records = new ArrayList<>();
        data.parts().forEach(part -> data.export(signInAlone, part, records::add));
        assertTrue(records.isEmpty());
        assertEquals(Map.of("owners", 0), data.erase(signInAlone));
    }

    @Test
    void nothingHereHoldsAnOwner() {
        assertTrue(data.holds(new DataSubject(null, UUID.randomUUID(), UUID.randomUUID())).isEmpty());
    }

    @Test
    void aPartOfAnotherModuleIsRefused() {
        ExportPart expenses = ExportPart.list("expenses");
        assertThrows(IllegalArgumentException.class, () -> data.export(signInAlone, expenses, record -> { }));
    }

    @Test
    void anErasedOwnerIsExportedAnonymisedAndSaysSo() {
        Owner owner = new Owner(UUID.randomUUID(), new Owner.Contact("Marie", "Dupont", "marie@x.be",
                "+32 2 123 45 67", "Rue Haute 3", "Bruxelles", "1000", "BE"));
        assertFalse(ExportedOwner.of(owner).isAnonymized());
        assertEquals("Dupont", ExportedOwner.of(owner).lastName());

        owner.erase();

        ExportedOwner erased = ExportedOwner.of(owner);
        assertTrue(erased.isAnonymized());
        assertEquals("Owner", erased.lastName());
        assertEquals("erased-" + owner.getId() + "@erased.invalid", erased.email());
        assertNull(erased.phone());
        assertNull(erased.address());
    }
}
