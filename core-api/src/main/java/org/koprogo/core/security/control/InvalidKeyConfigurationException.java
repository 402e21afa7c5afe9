package org.koprogo.core.security.control;

import org.koprogo.core.lifecycle.boundary.StartupRefusedException;

/** The configured signing key cannot be used; start-up stops with this message. */
public class InvalidKeyConfigurationException extends StartupRefusedException {

    public InvalidKeyConfigurationException(String message) {
        super(message);
    }
}
