package org.koprogo.core.lifecycle.boundary;

/**
 * The platform must not start, for the reason in the message, which the launcher prints before it exits.
 * Modules throw it (or a subclass) from start-up observers such as one of {@link DatabaseMigrated}.
 */
public class StartupRefusedException extends RuntimeException {

    public StartupRefusedException(String message) {
        super(message);
    }

    public StartupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
