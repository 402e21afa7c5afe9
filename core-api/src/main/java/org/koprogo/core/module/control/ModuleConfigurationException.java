package org.koprogo.core.module.control;

/** The installed modules and the configuration disagree; the platform must not start. */
public class ModuleConfigurationException extends RuntimeException {

    public ModuleConfigurationException(String message) {
        super(message);
    }
}
