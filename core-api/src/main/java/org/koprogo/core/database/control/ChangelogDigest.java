package org.koprogo.core.database.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One SHA-256 over the Liquibase version and every enabled module's changelog, in order: when it and the number of
 * applied changesets are what the last migration recorded, Liquibase has nothing to do and is not run (about
 * 1.4 s of every start). Only changelogs whose whole content is in their own file qualify: an include, an external
 * SQL or data file, a changeset run at every start or one a failed precondition leaves pending would be missed by
 * the digest, so any of those means no digest and Liquibase runs as usual.
 */
final class ChangelogDigest {

    /** Markers of content outside the file, or of changesets Liquibase must look at again at every start. */
    private static final List<String> NOT_SELF_CONTAINED = List.of(
            "<include", "includeAll", "sqlFile", "loadData", "loadUpdateData", "path=", "runAlways", "CONTINUE");

    private ChangelogDigest() {
    }

    static Optional<String> of(String liquibaseVersion, List<ModuleChangelog> changelogs) {
        MessageDigest sha256 = sha256();
        update(sha256, liquibaseVersion.getBytes(StandardCharsets.UTF_8));
        for (ModuleChangelog changelog : changelogs) {
            byte[] content = changelog.content();
            if (!selfContained(changelog.path(), new String(content, StandardCharsets.UTF_8))) {
                return Optional.empty();
            }
            update(sha256, changelog.module().getBytes(StandardCharsets.UTF_8));
            update(sha256, changelog.path().getBytes(StandardCharsets.UTF_8));
            update(sha256, content);
        }
        return Optional.of(HexFormat.of().formatHex(sha256.digest()));
    }

    static boolean selfContained(String path, String content) {
        return path.endsWith(".xml") && NOT_SELF_CONTAINED.stream().noneMatch(content::contains);
    }

    /** Length-prefixed, so that no two different sequences of parts digest alike. */
    private static void update(MessageDigest sha256, byte[] part) {
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
        sha256.update(part);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
