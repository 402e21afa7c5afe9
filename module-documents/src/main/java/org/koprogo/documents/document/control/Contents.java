package org.koprogo.documents.document.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.limits.boundary.BodySizeLimit;
import org.koprogo.documents.document.entity.ContentKind;
import org.koprogo.documents.document.entity.StoredFile;

/**
 * Files' bytes in PostgreSQL, in chunks of 1 MiB written as they arrive and read back one at a time: neither an
 * upload nor a download is ever whole in memory. Plain JDBC on the platform's pool, which hands the caller's JTA
 * transaction the connection its persistence context uses: chunks, content and document commit together.
 */
@ApplicationScoped
public class Contents {

    /** Every chunk holds this many bytes but a content's last. */
    static final int CHUNK = 1024 * 1024;

    @Resource(lookup = "java:global/jdbc/koprogo")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "KOPROGO_MAX_UPLOAD_BYTES", defaultValue = "" + BodySizeLimit.DEFAULT_MAX_UPLOAD_BYTES)
    long maxUploadBytes;

    /** Chunks not yet given a content row: their hash, size and type, known once the whole file was read. */
    record Written(UUID contentId, String sha256, long size, String mimeType) {
    }

    /**
     * Writes {@code file} as the chunks of a new content, hashing as it goes; refused past the cap, or when its
     * first bytes are not what {@code declaredType} says. Needs the caller's transaction.
     */
    Written write(InputStream file, String declaredType) {
        UUID id = UUID.randomUUID();
        MessageDigest digest = sha256();
        byte[] chunk = new byte[CHUNK];
        long size = 0;
        String mimeType = null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into document_chunks (content_id, seq, bytes) values (?, ?, ?)")) {
            for (int seq = 0; ; seq++) {
                int length = file.readNBytes(chunk, 0, CHUNK);
                if (mimeType == null) {
                    mimeType = ContentKind.storedType(declaredType, chunk, length);
                }
                if (length == 0) {
                    break;
                }
                size += length;
                if (size > maxUploadBytes) {
                    throw new UploadTooLarge("A file may hold at most " + maxUploadBytes + " bytes");
                }
                digest.update(chunk, 0, length);
                insert.setObject(1, id);
                insert.setInt(2, seq);
                insert.setBytes(3, length == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, length));
                insert.executeUpdate();
                if (length < CHUNK) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        } catch (SQLException e) {
            throw new IllegalStateException("the upload could not be stored", e);
        }
        return new Written(id, HexFormat.of().formatHex(digest.digest()), size, mimeType);
    }

    /**
     * Gives the written chunks their content row, or, when the organization already stores the same bytes, drops
     * them for that content (one copy per organization). Refused when the organization's storage would pass its
     * cap.
     */
    StoredFile keep(Written written, UUID organizationId, String fileName, long organizationCap) {
        try (Connection connection = dataSource.getConnection()) {
            UUID existing = existing(connection, organizationId, written.sha256());
            if (existing == null) {
                lockStorageOf(connection, organizationId);
                long used = used(connection, organizationId);
                if (used + written.size() > organizationCap) {
                    throw new UploadTooLarge("The organization's documents may take at most " + organizationCap
                            + " bytes; " + used + " are taken");
                }
                existing = inserted(connection, written, organizationId);
            }
            if (!existing.equals(written.contentId())) {
                try (PreparedStatement drop = connection.prepareStatement(
                        "delete from document_chunks where content_id = ?")) {
                    drop.setObject(1, written.contentId());
                    drop.executeUpdate();
                }
            }
            return new StoredFile(existing, written.sha256(), written.size(), fileName, written.mimeType());
        } catch (SQLException e) {
            throw new IllegalStateException("the upload could not be stored", e);
        }
    }

    /** The content's row, its organization's first: a concurrent upload of the same bytes waits, then shares it. */
    private static UUID inserted(Connection connection, Written written, UUID organizationId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into document_contents"
                + " (id, organization_id, sha256, size) values (?, ?, ?, ?)"
                + " on conflict (organization_id, sha256) do nothing")) {
            insert.setObject(1, written.contentId());
            insert.setObject(2, organizationId);
            insert.setString(3, written.sha256());
            insert.setLong(4, written.size());
            if (insert.executeUpdate() == 1) {
                return written.contentId();
            }
        }
        return existing(connection, organizationId, written.sha256());
    }

    private static UUID existing(Connection connection, UUID organizationId, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id from document_contents where organization_id = ? and sha256 = ? for key share")) {
            select.setObject(1, organizationId);
            select.setString(2, sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getObject(1, UUID.class) : null;
            }
        }
    }

    /** Until this transaction ends: concurrent uploads of an organization are counted one after the other. */
    private static void lockStorageOf(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, "document_contents:" + organizationId);
            lock.executeQuery().close();
        }
    }

    private static long used(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement sum = connection.prepareStatement(
                "select coalesce(sum(size), 0) from document_contents where organization_id = ?")) {
            sum.setObject(1, organizationId);
            try (ResultSet row = sum.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Deletes the content unless a document still refers to it; its chunks go with it. The row is locked first: an
     * upload sharing it (which holds it in key share) commits before the check, which then sees its document.
     */
    void release(UUID contentId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement(
                     "select id from document_contents where id = ? for update");
             PreparedStatement delete = connection.prepareStatement("delete from document_contents c where c.id = ?"
                     + " and not exists (select 1 from documents d where d.content_id = c.id)")) {
            lock.setObject(1, contentId);
            lock.executeQuery().close();
            delete.setObject(1, contentId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the content " + contentId + " could not be released", e);
        }
    }

    /**
     * Copies bytes {@code first} to {@code last} (inclusive) of a content to {@code out}, one chunk in memory at a
     * time, each read in its own statement (no transaction is held while a slow client reads).
     */
    public void copy(UUID contentId, long first, long last, OutputStream out) throws IOException {
        for (int seq = (int) (first / CHUNK); (long) seq * CHUNK <= last; seq++) {
            byte[] chunk = chunk(contentId, seq);
            long chunkStart = (long) seq * CHUNK;
            int from = (int) Math.max(0, first - chunkStart);
            int to = (int) Math.min(chunk.length, last - chunkStart + 1);
            out.write(chunk, from, to - from);
        }
    }

    private byte[] chunk(UUID contentId, int seq) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select bytes from document_chunks where content_id = ? and seq = ?")) {
            select.setObject(1, contentId);
            select.setInt(2, seq);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IOException("chunk " + seq + " of content " + contentId + " is missing");
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException("chunk " + seq + " of content " + contentId + " could not be read", e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
