package org.koprogo.core.platform.control;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.koprogo.core.database.control.MigrationFailedException;
import org.koprogo.core.database.control.Migrations;
import org.koprogo.core.module.control.ModulePlan;
import org.koprogo.core.module.control.ModuleConfigurationException;
import org.koprogo.core.module.control.ModuleRegistry;

/**
 * Checks the module plan and migrates the database while the application deploys, before the first request.
 * A failure ends the process: a platform without its schema or with a broken module set must not serve.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    /** The exit status of a platform that refuses to start, distinct from a crash's. */
    static final int EXIT_CODE = 3;

    @Inject
    ModuleRegistry modules;

    @Inject
    Migrations migrations;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            ModulePlan plan = modules.current();
            LOG.info(() -> "KoproGo modules: " + plan.installed().stream()
                    .map(m -> m.name() + (plan.isEnabled(m) ? "" : " (disabled)"))
                    .collect(Collectors.joining(", ")));
            migrations.apply(plan.enabled());
            migrated = true;
        } catch (RuntimeException e) {
            stop(e);
        }
    }

    public boolean migrated() {
        return migrated;
    }

    /**
     * Payara keeps running with no application when a deployment fails, answering every path with its own
     * HTML 404. Exit instead, from another thread: the deploying thread holds locks the shutdown hooks need.
     */
    private static void stop(RuntimeException cause) {
        String reason = reason(cause);
        LOG.log(Level.SEVERE, "KoproGo cannot start: " + reason, cause);
        System.err.println("KoproGo cannot start: " + reason);
        Thread exit = new Thread(() -> System.exit(EXIT_CODE), "koprogo-startup-failure");
        exit.setDaemon(false);
        exit.start();
        throw cause;
    }

    /** Our own exceptions say what went wrong; CDI and Liquibase wrap them, so look through the chain. */
    static String reason(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ModuleConfigurationException || cause instanceof MigrationFailedException) {
                return cause.getMessage();
            }
            deepest = cause;
        }
        return String.valueOf(deepest.getMessage());
    }
}
