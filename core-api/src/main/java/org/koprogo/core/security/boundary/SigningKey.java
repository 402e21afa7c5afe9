package org.koprogo.core.security.boundary;

import java.security.PrivateKey;

import org.koprogo.core.security.control.JwtKeys;

/** The key that signs access tokens (RS256) and its id ({@code kid}); MicroProfile JWT verifies with its pair. */
public record SigningKey(String keyId, PrivateKey privateKey) {

    public static SigningKey current() {
        JwtKeys keys = JwtKeys.current();
        return new SigningKey(keys.keyId(), keys.signingKey());
    }
}
