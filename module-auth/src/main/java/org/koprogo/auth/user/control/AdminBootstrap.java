package org.koprogo.auth.user.control;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;
import org.koprogo.core.lifecycle.boundary.StartupRefusedException;

/**
 * Makes sure someone can administer the platform. {@value #EMAIL} and {@value #PASSWORD} create that superadmin,
 * or reset its password at a start that brings a new one (ending every session of the account); an account of
 * another role with that email stops start-up, never promoted. With neither, on the embedded database (a developer's machine), KoproGo's
 * development account {@value #DEFAULT_EMAIL} / {@value #DEFAULT_PASSWORD} is created, loudly; on an external
 * database nothing is, since a known password there would be an open door.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    static final String EMAIL = "KOPROGO_ADMIN_EMAIL";
    static final String PASSWORD = "KOPROGO_ADMIN_PASSWORD";
    static final String DEFAULT_EMAIL = "admin@koprogo.com";
    static final String DEFAULT_PASSWORD = "admin123";
    /** Set by the launcher when it started the embedded PostgreSQL. */
    static final String EMBEDDED_DATABASE = "koprogo.embedded-database";

    @Inject
    @ConfigProperty(name = EMAIL)
    Optional<String> email;

    @Inject
    @ConfigProperty(name = PASSWORD)
    Optional<String> password;

    @Inject
    UserStore users;

    void bootstrap(@Observes DatabaseMigrated event) {
        Optional<String> configuredEmail = email.filter(value -> !value.isBlank());
        Optional<String> configuredPassword = password.filter(value -> !value.isBlank());
        if (configuredEmail.isPresent() != configuredPassword.isPresent()) {
            throw new StartupRefusedException(EMAIL + " and " + PASSWORD + " go together: set both or neither");
        }
        if (configuredEmail.isPresent()) {
            String weakness = Passwords.weakness(configuredPassword.get());
            if (weakness != null) {
                throw new StartupRefusedException(PASSWORD + " " + weakness);
            }
            UserStore.Ensured ensured = users.ensureSuperadmin(configuredEmail.get(), configuredPassword.get());
            LOG.info(() -> "Superadmin " + configuredEmail.get() + switch (ensured) {
                case CREATED -> " created";
                case PASSWORD_RESET -> "'s password reset (every session of the account ended)";
                case UNCHANGED -> " unchanged";
            } + " from " + EMAIL + " and " + PASSWORD);
        } else if (Boolean.getBoolean(EMBEDDED_DATABASE)) {
            if (users.byEmail(DEFAULT_EMAIL).isEmpty()) {
                users.ensureSuperadmin(DEFAULT_EMAIL, DEFAULT_PASSWORD);
            }
            LOG.warning(() -> "\n*** Development superadmin: " + DEFAULT_EMAIL + " / " + DEFAULT_PASSWORD
                    + " (embedded database, no " + EMAIL + "). Never expose this instance. ***");
        } else if (users.activeSuperadmins() == 0) {
            LOG.warning(() -> "No active superadmin exists: set " + EMAIL + " and " + PASSWORD + " to create one.");
        }
    }
}
