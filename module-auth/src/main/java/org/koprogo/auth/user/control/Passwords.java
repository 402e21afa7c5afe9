package org.koprogo.auth.user.control;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;
import org.koprogo.core.security.boundary.PasswordHashes;

/**
 * bcrypt, OWASP's choice at cost 10 or more and KoproGo's own format ({@code $2b$}), so hashes carried over
 * from KoproGo verify unchanged. bcrypt reads 72 bytes of a password; new passwords longer than that are refused
 * (see {@link #MAX_BYTES}) rather than silently cut.
 */
@ApplicationScoped
public class Passwords implements PasswordHashes {

    public static final int MAX_BYTES = 72;
    public static final int MIN_LENGTH = 8;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LongPasswordStrategies.truncate(VERSION));
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LongPasswordStrategies.truncate(VERSION));

    @Inject
    @ConfigProperty(name = "KOPROGO_BCRYPT_COST", defaultValue = "10")
    int cost;

    /** A hash of nothing anyone knows: unknown accounts are checked against it, so they take as long. */
    private String decoy;

    /** Made before the first request, or the first unknown email would take two hashes' time. */
    void prepareDecoy(@Observes DatabaseMigrated event) {
        decoy = hash(UUID.randomUUID().toString());
    }

    @Override
    public String hash(String password) {
        return hasher.hashToString(Math.max(cost, 10), password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return verifyer.verify(password.toCharArray(), hash).verified;
    }

    /** Spends the time of one verification and fails. */
    public boolean matchesNothing(String password) {
        matches(password, decoy);
        return false;
    }

    /** Why a new password is refused, or null when it is acceptable. */
    public static String weakness(String password) {
        if (password.length() < MIN_LENGTH) {
            return "must have at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must fit in " + MAX_BYTES + " bytes of UTF-8 (bcrypt reads no more)";
        }
        return null;
    }
}
