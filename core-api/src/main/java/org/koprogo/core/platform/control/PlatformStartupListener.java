package org.koprogo.core.platform.control;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Runs {@link PlatformStartup} inside the web module's start: unlike CDI's {@code @Initialized} event, this
 * happens with the module's naming context in place, so persistence contexts resolve.
 */
public class PlatformStartupListener implements ServletContextListener {

    @Inject
    PlatformStartup startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start();
    }
}
