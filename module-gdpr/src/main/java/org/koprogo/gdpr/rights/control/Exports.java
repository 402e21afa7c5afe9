package org.koprogo.gdpr.rights.control;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.gdpr.audit.control.AuditTrail.Actor;

/** A person's export, admitted by the hourly limit (and so recorded), then streamed as the modules read it. */
@ApplicationScoped
public class Exports {

    @Inject
    DataModules modules;

    @Inject
    ExportQuota quota;

    /** Refuses with 429 past the limit; records the export otherwise. Called before the answer starts. */
    public void admit(Actor actor, DataSubject subject) {
        quota.admit(actor, subject);
    }

    /** Writes it to {@code out}, which stays open, reading every module's part in one transaction. */
    @Transactional
    public void write(DataSubject subject, OutputStream out) throws IOException {
        JsonGenerator json = JsonMapping.MAPPER.createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        new ExportWriter(json).write(modules.enabled(), subject, Timestamps.now());
        json.close();
    }
}
