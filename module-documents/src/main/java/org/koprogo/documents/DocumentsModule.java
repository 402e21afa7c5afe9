package org.koprogo.documents;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;
import org.koprogo.documents.document.boundary.BuildingDocumentsResource;
import org.koprogo.documents.document.boundary.DocumentsResource;
import org.koprogo.documents.document.boundary.MeetingDocumentsResource;

/**
 * A co-ownership's files (minutes, statements, invoices, contracts, regulations, quotes), streamed both ways and
 * kept in the shared database so that every instance serves them.
 */
@ApplicationScoped
public class DocumentsModule implements PlatformModule {

    public static final String NAME = "documents";

    @Override
    public String name() {
        return NAME;
    }

    /** A document belongs to a building. */
    @Override
    public Set<String> requires() {
        return Set.of("buildings");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/documents.xml");
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(DocumentsResource.class, BuildingDocumentsResource.class, MeetingDocumentsResource.class);
    }
}
