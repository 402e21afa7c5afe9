package org.koprogo.gdpr.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.gdpr.rights.control.Subjects.Identity;

class SubjectsTest {

    private static final UUID USER = new UUID(0, 1);
    private static final UUID OWNER = new UUID(0, 2);

    /** The parts' records as the modules would export them. */
    private static Subjects reading(Map<String, List<Map<String, Object>>> parts) {
        Subjects subjects = new Subjects();
        subjects.modules = new DataModules() {
            @Override
            public List<JsonNode> records(DataSubject subject, String partName) {
                return parts.getOrDefault(partName, List.of()).stream()
                        .map(record -> (JsonNode) JsonMapping.MAPPER.valueToTree(record)).toList();
            }
        };
        return subjects;
    }

    private static Map<String, Object> record(String email, String lastName, boolean anonymized) {
        return Map.of("email", email, "first_name", "Gudrun", "last_name", lastName, "is_anonymized", anonymized);
    }

    @Test
    void aSignInIsKnownByItsOwnAndItsOwnerRecordsAddresses() {
        Identity identity = reading(Map.of("user", List.of(record("g@example.be", "Peeters", false)),
                "owners", List.of(record("gudrun@example.be", "Peeters", false))))
                .identity(new DataSubject(USER, OWNER, null));

        assertFalse(identity.erased());
        assertEquals("g@example.be", identity.email(), "the sign-in's, told in the answer");
        assertEquals("Peeters", identity.lastName());
        assertEquals(List.of("g@example.be", "gudrun@example.be"), identity.emails());
    }

    @Test
    void aSignInIsErasedWhenItsUserPartSaysSo() {
        assertTrue(reading(Map.of("user", List.of(record("erased-1@erased.invalid", "User", true)),
                "owners", List.of(record("gudrun@example.be", "Peeters", false))))
                .identity(new DataSubject(USER, OWNER, null)).erased());
    }

    @Test
    void anOwnerWithoutSignInIsErasedWhenEveryRecordOfItSaysSo() {
        DataSubject owner = new DataSubject(null, OWNER, null);

        assertTrue(reading(Map.of("owners", List.of(record("erased-2@erased.invalid", "Owner", true))))
                .identity(owner).erased());
        assertFalse(reading(Map.of("owners", List.of(record("gudrun@example.be", "Peeters", false))))
                .identity(owner).erased());
        assertFalse(reading(Map.of()).identity(owner).erased(), "nothing known is nothing erased");
    }
}
