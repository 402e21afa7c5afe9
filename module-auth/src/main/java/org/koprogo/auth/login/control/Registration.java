package org.koprogo.auth.login.control;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.auth.user.control.UserStore;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;
import org.koprogo.core.lifecycle.boundary.StartupRefusedException;
import org.koprogo.core.refusal.boundary.NotPermitted;
import org.koprogo.core.refusal.boundary.TooManyAttempts;
import org.koprogo.core.tenancy.boundary.Role;

/**
 * Who may open an account by themselves: anyone, while {@value #SETTING} is {@code open}, and only as an owner of
 * no organization, which sees no organization's data. Nothing here lets a stranger join an organization: people
 * join one through its syndic or a superadmin ({@code POST /api/v1/users}), who may also attach a registered
 * account later. Registrations are counted per client address like sign-ins.
 */
@ApplicationScoped
public class Registration {

    static final String SETTING = "KOPROGO_REGISTRATION";

    @Inject
    @ConfigProperty(name = SETTING, defaultValue = "open")
    String setting;

    @Inject
    UserStore users;

    @Inject
    LoginThrottle throttle;

    @Inject
    Sessions sessions;

    private boolean open;

    /** Read at start-up, so that a misspelt value stops the platform rather than surprising its users. */
    void parse(@Observes DatabaseMigrated event) {
        open = switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> true;
            case "closed" -> false;
            default -> throw new StartupRefusedException(SETTING + " is open or closed, not '" + setting + "'");
        };
    }

    /** The new account, signed in. */
    public SignedIn register(Applicant applicant, String address) {
        if (!open) {
            throw new NotPermitted("Registration is closed on this platform: a syndic or a superadmin creates"
                    + " accounts (POST /api/v1/users)");
        }
        if (applicant.role() != Role.OWNER || applicant.organizationId() != null) {
            throw new NotPermitted("Registering opens an owner account attached to no organization; people join an"
                    + " organization, in any role, through its syndic or a superadmin (POST /api/v1/users)");
        }
        Optional<Long> blocked = throttle.registration(address);
        if (blocked.isPresent()) {
            throw new TooManyAttempts("Too many registrations from your address; try again in " + blocked.get()
                    + " seconds", blocked.get());
        }
        return sessions.open(users.register(applicant.email(), applicant.password(), applicant.firstName(),
                applicant.lastName()));
    }

    /** What someone registering asks for. */
    public record Applicant(String email, String password, String firstName, String lastName, Role role,
                            UUID organizationId) {
    }
}
