package org.koprogo.auth.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationSlugTest {

    private static String slug(String name, String slug) {
        return OrganizationStore.slug(new OrganizationChanges(name, slug, "a@x.be", null, null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Résidence Grand-Place, residence-grand-place", "  Syndic  Dupont & Fils ! , syndic-dupont-fils",
            "Ærø Œuvre 2025, r-uvre-2025", "--Le Phare--, le-phare"})
    void aMissingSlugIsMadeFromTheNameInLowerCaseAsciiJoinedByDashes(String name, String expected) {
        assertEquals(expected, slug(name, null));
    }

    @Test
    void aGivenSlugWinsOverTheNameAndIsLowerCased() {
        assertEquals("my-syndic", slug("Résidence Grand-Place", "My-Syndic"));
    }

    @Test
    void aSlugIsAtMostOneHundredCharactersAndNeverEndsWithADash() {
        String made = slug("a".repeat(99) + " b" + "c".repeat(50), null);
        assertEquals(99, made.length());
        assertFalse(made.endsWith("-"));
        assertEquals("x".repeat(100), slug("x".repeat(150), null));
    }
}
