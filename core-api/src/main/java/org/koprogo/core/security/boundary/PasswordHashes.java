package org.koprogo.core.security.boundary;

/**
 * Password hashes in the platform's one format, for a module that writes users itself (module-seed). Implemented
 * by module-auth, which verifies them at login.
 */
public interface PasswordHashes {

    String hash(String password);
}
