package org.koprogo.core.module.control;

import org.koprogo.core.platform.boundary.StartupRefusedException;

/** The installed modules and the configuration disagree; the platform must not start. */
public class ModuleConfigurationException extends StartupRefusedException {

    public ModuleConfigurationException(String message) {
        super(message);
    }
}
