package org.koprogo.gdpr.rights.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ExportPart;
import org.koprogo.core.privacy.boundary.PersonalData;

/**
 * Writes a person's export as one JSON object, record by record as the modules hand them over, so that memory does
 * not grow with the records: {@code export_date}, each module's parts in the order given ({@code null} for a single
 * part with no record, {@code []} for a list part with none), then {@code total_items}, the records written.
 */
final class ExportWriter {

    private final JsonGenerator json;
    private long written;

    ExportWriter(JsonGenerator json) {
        this.json = json;
    }

    /** @return the records written */
    long write(List<PersonalData> modules, DataSubject subject, OffsetDateTime exportDate) throws IOException {
        requireDistinctParts(modules);
        json.writeStartObject();
        json.writeFieldName("export_date");
        json.writeObject(exportDate);
        try {
            for (PersonalData module : modules) {
                for (ExportPart part : module.parts()) {
                    json.writeFieldName(part.name());
                    if (part.single()) {
                        single(module, subject, part);
                    } else {
                        json.writeStartArray();
                        module.export(subject, part, this::record);
                        json.writeEndArray();
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeNumberField("total_items", written);
        json.writeEndObject();
        json.flush();
        return written;
    }

    private void single(PersonalData module, DataSubject subject, ExportPart part) throws IOException {
        List<Object> records = new ArrayList<>(1);
        module.export(subject, part, records::add);
        if (records.size() > 1) {
            throw new IllegalStateException("module " + module.module() + " handed " + records.size()
                    + " records for its single part " + part.name());
        }
        if (records.isEmpty()) {
            json.writeNull();
        } else {
            record(records.get(0));
        }
    }

    private void record(Object record) {
        try {
            json.writeObject(record);
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two modules writing one member would make the document ambiguous. */
    private static void requireDistinctParts(List<PersonalData> modules) {
        Set<String> names = new HashSet<>();
        for (PersonalData module : modules) {
            for (ExportPart part : module.parts()) {
                if (!names.add(part.name())) {
                    throw new IllegalStateException("two modules export a part named " + part.name()
                            + "; module " + module.module() + " must rename its own");
                }
            }
        }
    }
}
