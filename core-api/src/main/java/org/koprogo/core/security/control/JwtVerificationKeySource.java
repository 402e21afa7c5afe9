package org.koprogo.core.security.control;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands MicroProfile JWT the public half of {@link JwtKeys} as {@code mp.jwt.verify.publickey}, so that
 * verification follows whatever key the platform signs with, configured or generated.
 */
public class JwtVerificationKeySource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        String key = publicKey();
        return key == null ? Map.of() : Map.of(PUBLIC_KEY, key);
    }

    @Override
    public String getValue(String propertyName) {
        return PUBLIC_KEY.equals(propertyName) ? publicKey() : null;
    }

    /**
     * Null for an unusable configured key: the container reads config sources while it deploys, where a
     * failure would only say "did not deploy"; PlatformStartup reports the key's problem by name instead.
     */
    private static String publicKey() {
        try {
            return JwtKeys.current().publicKeyPem();
        } catch (InvalidKeyConfigurationException e) {
            return null;
        }
    }

    @Override
    public String getName() {
        return "koprogo-jwt-verification-key";
    }

    @Override
    public int getOrdinal() {
        return 250;
    }
}
