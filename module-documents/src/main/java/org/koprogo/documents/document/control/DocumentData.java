package org.koprogo.documents.document.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.data.boundary.DataOwner;
import org.koprogo.core.data.boundary.DataSet;
import org.koprogo.core.data.boundary.TableRows;
import org.koprogo.documents.DocumentsModule;
import org.koprogo.documents.document.entity.ContentKind;

/**
 * module-documents' tables for whole organizations: a data set's documents are written as uploads store them (their
 * bytes hashed, one content per organization and hash, in chunks), and removed the other way round — the documents,
 * then their contents, whose chunks cascade.
 */
@ApplicationScoped
public class DocumentData implements DataOwner {

    private static final List<String> CONTENTS = List.of("id", "organization_id", "sha256", "size");
    private static final List<String> CHUNKS = List.of("content_id", "seq", "bytes");
    private static final List<String> DOCUMENTS = List.of("id", "organization_id", "building_id", "document_type",
            "title", "description", "file_name", "mime_type", "file_size", "sha256", "content_id", "uploaded_by",
            "meeting_id", "expense_id", "created_at", "updated_at");

    /** A content of the set: its organization's copy of some bytes. */
    private record Content(UUID id, UUID organizationId, String sha256, byte[] bytes) {
    }

    private record Chunk(UUID contentId, int seq, byte[] bytes) {
    }

    @Override
    public String module() {
        return DocumentsModule.NAME;
    }

    /** Counts the documents only: their contents and chunks are their bytes, not rows of the set. */
    @Override
    public Map<String, Long> write(DataSet data, Connection connection) throws SQLException {
        Map<String, Content> contents = new LinkedHashMap<>();
        Map<UUID, Content> contentOf = new LinkedHashMap<>();
        for (DataSet.Document document : data.documents()) {
            byte[] bytes = document.content();
            String sha256 = HexFormat.of().formatHex(Contents.sha256().digest(bytes));
            contentOf.put(document.id(), contents.computeIfAbsent(document.organizationId() + sha256,
                    key -> new Content(UUID.randomUUID(), document.organizationId(), sha256, bytes)));
        }
        TableRows rows = new TableRows(connection)
                .insert("document_contents", CONTENTS, List.copyOf(contents.values()), (c, s) -> {
                    s.setObject(1, c.id());
                    s.setObject(2, c.organizationId());
                    s.setString(3, c.sha256());
                    s.setLong(4, c.bytes().length);
                })
                .insert("document_chunks", CHUNKS, chunks(contents.values()), (c, s) -> {
                    s.setObject(1, c.contentId());
                    s.setInt(2, c.seq());
                    s.setBytes(3, c.bytes());
                })
                .insert("documents", DOCUMENTS, data.documents(), (d, s) -> {
                    Content content = contentOf.get(d.id());
                    byte[] bytes = content.bytes();
                    s.setObject(1, d.id());
                    s.setObject(2, d.organizationId());
                    s.setObject(3, d.buildingId());
                    s.setString(4, d.documentType());
                    s.setString(5, d.title());
                    s.setString(6, d.description());
                    s.setString(7, d.fileName());
                    // refused like an upload whose bytes are not of the declared kind
                    s.setString(8, ContentKind.storedType(d.mimeType(), bytes, bytes.length));
                    s.setLong(9, bytes.length);
                    s.setString(10, content.sha256());
                    s.setObject(11, content.id());
                    s.setObject(12, d.uploadedBy());
                    s.setObject(13, d.meetingId(), Types.OTHER);
                    s.setObject(14, d.expenseId(), Types.OTHER);
                    s.setObject(15, d.createdAt());
                    s.setObject(16, d.createdAt());
                });
        return Map.of("documents", rows.counts().getOrDefault("documents", 0L));
    }

    /** The contents' bytes cut as uploads cut them. */
    private static List<Chunk> chunks(Collection<Content> contents) {
        List<Chunk> chunks = new ArrayList<>();
        for (Content content : contents) {
            byte[] bytes = content.bytes();
            for (int seq = 0; (long) seq * Contents.CHUNK < bytes.length; seq++) {
                int from = seq * Contents.CHUNK;
                chunks.add(new Chunk(content.id(), seq,
                        Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + Contents.CHUNK))));
            }
        }
        return chunks;
    }

    @Override
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        return new TableRows(connection)
                .delete("documents", "organization_id", organizations)
                .delete("document_contents", "organization_id", organizations)
                .counts();
    }
}
