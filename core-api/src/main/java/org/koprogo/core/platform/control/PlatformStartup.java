package org.koprogo.core.platform.control;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.koprogo.core.database.control.Migrations;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;
import org.koprogo.core.lifecycle.boundary.StartupRefusedException;
import org.koprogo.core.module.boundary.ModulePlan;
import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.security.control.JwtKeys;

/**
 * Checks the module plan, migrates the database and lets modules prepare their data (a {@link DatabaseMigrated}
 * event) while the application deploys, before the first request; {@link PlatformStartupListener} calls it.
 * A failure fails the deployment and is recorded in {@value #STATE_PROPERTY}, so that the launcher can end the
 * process: Payara itself keeps running with no application, and an application calling System.exit while
 * Payara deploys it deadlocks the JVM on Payara's deployment lock.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    /** A JVM-wide property, read by org.koprogo.deploy.Launcher: "ready", or "failed: " and the reason. */
    public static final String STATE_PROPERTY = "koprogo.startup.state";

    @Inject
    ModuleRegistry modules;

    @Inject
    Migrations migrations;

    @Inject
    Event<DatabaseMigrated> databaseMigrated;

    void start() {
        try {
            ModulePlan plan = modules.current();
            LOG.info(() -> "KoproGo modules: " + plan.installed().stream()
                    .map(m -> m.name() + (plan.isEnabled(m) ? "" : " (disabled)"))
                    .collect(Collectors.joining(", ")));
            JwtKeys.current(); // a bad key stops start-up here, not at the first request
            migrations.apply(plan.enabled());
            databaseMigrated.fire(new DatabaseMigrated());
            System.setProperty(STATE_PROPERTY, "ready");
        } catch (RuntimeException e) {
            String reason = reason(e);
            LOG.log(Level.SEVERE, "KoproGo cannot start: " + reason, e);
            System.setProperty(STATE_PROPERTY, "failed: " + reason);
            throw e;
        }
    }

    /** Our own exceptions say what went wrong; CDI and Liquibase wrap them, so look through the chain. */
    static String reason(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupRefusedException) {
                return cause.getMessage();
            }
            deepest = cause;
        }
        return String.valueOf(deepest.getMessage());
    }
}
