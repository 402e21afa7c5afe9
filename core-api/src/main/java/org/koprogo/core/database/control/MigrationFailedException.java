package org.koprogo.core.database.control;

import org.koprogo.core.lifecycle.boundary.StartupRefusedException;

/** A module's changelog could not be applied; names the module, the changelog and Liquibase's reason. */
public class MigrationFailedException extends StartupRefusedException {

    public MigrationFailedException(String module, String changelog, Throwable cause) {
        super("module '" + module + "': migration " + changelog + " failed: " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable cause) {
        StringBuilder message = new StringBuilder(String.valueOf(cause.getMessage()));
        for (Throwable next = cause.getCause(); next != null && next != next.getCause(); next = next.getCause()) {
            if (next.getMessage() != null && !message.toString().contains(next.getMessage())) {
                message.append(" / ").append(next.getMessage());
            }
        }
        return message.toString();
    }
}
