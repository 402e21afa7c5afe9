package org.koprogo.auth.login.control;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.koprogo.core.lifecycle.boundary.StartupRefusedException;
import org.koprogo.core.refusal.boundary.NotPermitted;
import org.koprogo.core.tenancy.boundary.Role;

/** The policy's refusals, decided before any account, count or session is touched. */
class RegistrationTest {

    private static final Registration.Applicant OWNER = new Registration.Applicant("a@example.be", "long enough",
            "Anne", "Lambert", Role.OWNER, null);

    private static Registration configured(String setting) {
        Registration registration = new Registration();
        registration.setting = setting;
        registration.parse(null);
        return registration;
    }

    @Test
    void closedRegistrationRefusesEveryone() {
        NotPermitted refused = assertThrows(NotPermitted.class, () -> configured(" Closed ").register(OWNER, "::1"));
        assertTrue(refused.getMessage().startsWith("Registration is closed"), refused.getMessage());
    }

    @Test
    void openRegistrationRefusesOtherRolesAndOrganizations() {
        Registration open = configured("open");
        for (Role role : new Role[] {Role.SYNDIC, Role.ACCOUNTANT, Role.SUPERADMIN}) {
            assertThrows(NotPermitted.class, () -> open.register(new Registration.Applicant("a@example.be",
                    "long enough", "Anne", "Lambert", role, null), "::1"));
        }
        assertThrows(NotPermitted.class, () -> open.register(new Registration.Applicant("a@example.be",
                "long enough", "Anne", "Lambert", Role.OWNER, UUID.randomUUID()), "::1"));
    }

    @Test
    void anUnknownSettingStopsStartUp() {
        StartupRefusedException refused = assertThrows(StartupRefusedException.class, () -> configured("maybe"));
        assertTrue(refused.getMessage().contains("KOPROGO_REGISTRATION"), refused.getMessage());
    }
}
