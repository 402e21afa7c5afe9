package org.koprogo.auth.login.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.auth.organization.entity.Organization;
import org.koprogo.auth.user.entity.User;
import org.koprogo.core.security.boundary.RightsVersions;
import org.koprogo.core.security.boundary.SigningKey;
import org.koprogo.core.tenancy.boundary.Caller;

/**
 * Signs access tokens (RS256) with the platform's key, carrying exactly what MicroProfile JWT checks
 * (issuer, audience, expiry, the required iat/jti/sub) and what {@link Caller} reads: the role in
 * {@code groups} and the organization. KoproGo's own claims ({@code email}, {@code role}) ride along, and the
 * rights versions the token is issued under, which {@link RightsVersions} checks at every request.
 */
@ApplicationScoped
public class AccessTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    List<String> audiences;

    @Inject
    @ConfigProperty(name = "KOPROGO_JWT_ACCESS_SECONDS", defaultValue = "900")
    long lifetimeSeconds;

    public long lifetimeSeconds() {
        return lifetimeSeconds;
    }

    /** For a user of the given organization (null for a superadmin), as both are stored now. */
    public String issue(User user, Organization organization) {
        SigningKey key = SigningKey.current();
        Instant now = Instant.now();
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", key.keyId())
                .build();
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", audiences.get(0))
                .add("sub", user.id().toString())
                .add("upn", user.email())
                .add("email", user.email())
                .add("groups", Json.createArrayBuilder().add(user.role().wireName()))
                .add("role", user.role().wireName())
                .add(RightsVersions.USER_CLAIM, user.rightsVersion());
        if (organization != null) {
            claims.add(Caller.ORGANIZATION_CLAIM, organization.id().toString())
                    .add(RightsVersions.ORGANIZATION_CLAIM, organization.rightsVersion());
        }
        claims.add("iat", now.getEpochSecond())
                .add("exp", now.getEpochSecond() + lifetimeSeconds)
                .add("jti", UUID.randomUUID().toString());
        try {
            String signingInput = encode(header) + "." + encode(claims.build());
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
    }

    private static String encode(JsonObject json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
