package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two platforms on one external database, sharing a signing key the operator configured (as a PEM value on
 * one, as a file on the other). The test holds the key too, so it can forge every kind of bad token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenVerificationIT {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String ADMIN = "ops@example.be";

    @TempDir
    static Path work;

    private ExternalDatabase database;
    private RunningPlatform first;
    private RunningPlatform second;
    private KeyPair keys;
    private String adminId;

    @BeforeAll
    void startTwoPlatformsSharingAKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        String pem = pem("PRIVATE KEY", keys.getPrivate().getEncoded());
        Path keyFile = Files.writeString(work.resolve("jwt.pem"), pem);

        database = new ExternalDatabase();
        Map<String, String> withAdmin = database.environmentWithAdmin(ADMIN);
        withAdmin.put("KOPROGO_JWT_PRIVATE_KEY", pem);
        first = RunningPlatform.start(work.resolve("first"), withAdmin);
        Map<String, String> keyOnly = new HashMap<>(database.environment());
        keyOnly.put("KOPROGO_JWT_PRIVATE_KEY", keyFile.toString());
        second = RunningPlatform.start(work.resolve("second"), keyOnly);
        adminId = Api.login(first, ADMIN, Api.PASSWORD).userId();
    }

    @AfterAll
    void stop() throws Exception {
        RunningPlatform.closeAll(second, first, database);
    }

    @Test
    void instancesSharingTheKeyAcceptEachOthersTokens() throws Exception {
        Api signedInOnFirst = Api.login(first, ADMIN, Api.PASSWORD);
        assertEquals(200, Api.bearer(second, signedInOnFirst.token()).get("/api/v1/auth/me").statusCode());
        assertEquals(200, Api.anonymous(second).post("/api/v1/auth/refresh",
                "{\"refresh_token\":\"" + signedInOnFirst.refreshToken() + "\"}").statusCode(),
                "refresh tokens live in the shared database");
        assertTrue(first.log().contains("Superadmin " + ADMIN + " created"), first.log());
    }

    @Test
    void anExternalDatabaseGetsNoDefaultPassword() throws Exception {
        assertProblem(Api.anonymous(second).post("/api/v1/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD)), 401);
        assertTrue(!second.log().contains("Development superadmin"), "no development account here");
    }

    @Test
    void aTokenForgedWithTheRightKeyPasses() throws Exception {
        // the control for every refusal below: the forging itself is right
        assertEquals(200, me(rs256(keys.getPrivate(), claims -> { })).statusCode());
    }

    @Test
    void aRememberedTokenIsRefusedOnceExpired() throws Exception {
        long now = Instant.now().getEpochSecond();
        String shortLived = rs256(keys.getPrivate(), c -> c.add("exp", now + 3));
        assertEquals(200, me(shortLived).statusCode());
        assertEquals(200, me(shortLived).statusCode(), "verified once, then remembered");
        Thread.sleep(Math.max(0, (now + 4) * 1000 - System.currentTimeMillis()));
        assertProblem(me(shortLived), 401);
    }

    @Test
    void aChangedPayloadIsRefused() throws Exception {
        Api syndic = Api.login(first, ADMIN, Api.PASSWORD).newOrganizationSyndic();
        String[] parts = syndic.token().split("\\.");
        JsonObject payload = Json.createReader(new java.io.StringReader(new String(
                Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))).readObject();
        JsonObject escalated = Json.createObjectBuilder(payload)
                .add("groups", Json.createArrayBuilder().add("superadmin")).build();
        String tampered = parts[0] + "." + encode(escalated) + "." + parts[2];
        assertUnauthorized(tampered);
        assertEquals(200, me(syndic.token()).statusCode());
    }

    @Test
    void unsignedTokensAreRefused() throws Exception {
        String header = encode(Json.createObjectBuilder().add("alg", "none").add("typ", "JWT").build());
        assertUnauthorized(header + "." + encode(claims(c -> { })) + ".");
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        String signingInput = encode(Json.createObjectBuilder().add("alg", "HS256").add("typ", "JWT").build())
                + "." + encode(claims(c -> { }));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(pem("PUBLIC KEY", keys.getPublic().getEncoded())
                .getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        assertUnauthorized(signingInput + "." + BASE64URL.encodeToString(
                mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndForeignKeysAreRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        assertUnauthorized(rs256(keys.getPrivate(), c -> c.add("iat", now - 1000).add("exp", now - 60)));
        assertUnauthorized(rs256(keys.getPrivate(), c -> c.add("iss", "someone-else")));
        assertUnauthorized(rs256(keys.getPrivate(), c -> c.add("aud", "another-api")));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertUnauthorized(rs256(generator.generateKeyPair().getPrivate(), c -> { }));
        assertUnauthorized("not.a.token");
    }

    @Test
    void aBadKeyOrHalfAnAdminStopsStartup() throws Exception {
        RunningPlatform badKey = RunningPlatform.startExpectingExit(work.resolve("bad-key"),
                Map.of("KOPROGO_JWT_PRIVATE_KEY", "-----BEGIN PRIVATE KEY-----\nbm9wZQ==\n-----END PRIVATE KEY-----"));
        assertEquals(3, badKey.exitCode());
        String log = badKey.log();
        assertTrue(log.contains("KoproGo cannot start: KOPROGO_JWT_PRIVATE_KEY must be an RSA private key"), log);

        RunningPlatform halfAdmin = RunningPlatform.startExpectingExit(work.resolve("half-admin"),
                Map.of("KOPROGO_ADMIN_EMAIL", "ops@example.be"));
        assertEquals(3, halfAdmin.exitCode());
        String halfLog = halfAdmin.log();
        assertTrue(halfLog.contains("KoproGo cannot start: KOPROGO_ADMIN_EMAIL and KOPROGO_ADMIN_PASSWORD go together"),
                halfLog);
    }

    private void assertUnauthorized(String token) throws Exception {
        for (RunningPlatform platform : new RunningPlatform[] {first, second}) {
            assertProblem(Api.bearer(platform, token).get("/api/v1/auth/me"), 401);
        }
    }

    private java.net.http.HttpResponse<String> me(String token) throws Exception {
        return Api.bearer(first, token).get("/api/v1/auth/me");
    }

    /** Valid claims for the superadmin, then {@code change}d. */
    private JsonObject claims(Consumer<JsonObjectBuilder> change) {
        long now = Instant.now().getEpochSecond();
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", "koprogo").add("aud", "koprogo-api").add("sub", adminId).add("upn", ADMIN)
                .add("groups", Json.createArrayBuilder().add("superadmin"))
                .add("iat", now).add("exp", now + 300).add("jti", UUID.randomUUID().toString())
                .add("rights_version", 0); // the admin's rights were never taken away
        change.accept(claims);
        return claims.build();
    }

    private String rs256(PrivateKey key, Consumer<JsonObjectBuilder> change) throws Exception {
        String signingInput = encode(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build())
                + "." + encode(claims(change));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + BASE64URL.encodeToString(signature.sign());
    }

    private static String encode(JsonObject json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
