package org.koprogo.documents.document.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.data.boundary.DataOwner;
import org.koprogo.core.data.boundary.DataSet;
import org.koprogo.core.data.boundary.TableRows;
import org.koprogo.documents.DocumentsModule;

/**
 * module-documents' tables for whole organizations: data sets carry no files, so it only removes them — the
 * documents, then their contents, whose chunks cascade.
 */
@ApplicationScoped
public class DocumentData implements DataOwner {

    @Override
    public String module() {
        return DocumentsModule.NAME;
    }

    @Override
    public Map<String, Long> write(DataSet data, Connection connection) {
        return Map.of();
    }

    @Override
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        return new TableRows(connection)
                .delete("documents", "organization_id", organizations)
                .delete("document_contents", "organization_id", organizations)
                .counts();
    }
}
