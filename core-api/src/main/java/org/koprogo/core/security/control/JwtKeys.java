package org.koprogo.core.security.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The RSA key pair that signs (module-auth) and verifies (MicroProfile JWT) access tokens. It comes from
 * {@value #PRIVATE_KEY} (a PKCS#8 PEM value, or the path of a PEM file), the public key derived from it; every
 * instance given the same key accepts the others' tokens. Unset, a key is generated once and kept in the data
 * dir, which suits one machine and nothing more.
 *
 * <p>Read from system properties and the environment, not MicroProfile Config: the verification key is itself a
 * config value ({@link JwtVerificationKeySource}), and a config source cannot consult the config.
 */
public final class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class.getName());

    public static final String PRIVATE_KEY = "KOPROGO_JWT_PRIVATE_KEY";
    static final String DATA_DIR = "KOPROGO_DATA_DIR";
    static final String GENERATED_KEY_FILE = "keys/jwt-signing-key.pem";

    private static volatile JwtKeys current;

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    private JwtKeys(RSAPrivateCrtKey privateKey) throws GeneralSecurityException {
        this.privateKey = privateKey;
        this.publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
        this.keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    }

    /** The platform's keys, loaded or generated on first use. */
    public static JwtKeys current() {
        JwtKeys keys = current;
        if (keys == null) {
            synchronized (JwtKeys.class) {
                if (current == null) {
                    current = load(setting(PRIVATE_KEY), Path.of(setting(DATA_DIR, "koprogo-data")));
                }
                keys = current;
            }
        }
        return keys;
    }

    static JwtKeys load(String configured, Path dataDir) {
        try {
            if (configured != null && !configured.isBlank()) {
                String pem = configured.strip().startsWith("-----BEGIN")
                        ? configured
                        : Files.readString(Path.of(configured.strip()), StandardCharsets.US_ASCII);
                return new JwtKeys(parsePrivateKey(pem));
            }
            return new JwtKeys(parsePrivateKey(generatedKey(dataDir.resolve(GENERATED_KEY_FILE))));
        } catch (IOException e) {
            throw new InvalidKeyConfigurationException(PRIVATE_KEY + ": cannot read the key: " + e.getMessage());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidKeyConfigurationException(PRIVATE_KEY
                    + " must be an RSA private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----), or the path of one: "
                    + e.getMessage());
        }
    }

    private static String generatedKey(Path file) throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Path temporary = Files.createTempFile(file.getParent(), "jwt", ".pem",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, pem("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded()));
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException raced) {
                Files.delete(temporary); // another instance on this data dir wrote it first: use theirs
            }
        }
        LOG.warning(() -> "Access tokens are signed with a key generated in " + file.toAbsolutePath()
                + ". In production set " + PRIVATE_KEY + " (the same key on every instance).");
        return Files.readString(file, StandardCharsets.US_ASCII);
    }

    static RSAPrivateCrtKey parsePrivateKey(String pem) throws GeneralSecurityException {
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        if (pem.contains("BEGIN RSA PRIVATE KEY") || body.isEmpty()) {
            throw new IllegalArgumentException("not a PKCS#8 PEM block (convert with: openssl pkcs8 -topk8 -nocrypt)");
        }
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        if (!(key instanceof RSAPrivateCrtKey crt) || crt.getModulus().bitLength() < 2048) {
            throw new IllegalArgumentException("an RSA key of at least 2048 bits is needed");
        }
        return crt;
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }

    private static String setting(String name, String fallback) {
        String value = setting(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public PrivateKey signingKey() {
        return privateKey;
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** Names the key in the token header, so a future rotation can tell keys apart. */
    public String keyId() {
        return keyId;
    }
}
