package org.koprogo.core.module.boundary;

import org.koprogo.core.lifecycle.boundary.StartupRefusedException;

/** The installed modules and the configuration disagree; the platform must not start. */
public class ModuleConfigurationException extends StartupRefusedException {

    public ModuleConfigurationException(String message) {
        super(message);
    }
}
