package org.koprogo.gdpr.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void aFullNameNamesItsEvent() {
        assertEquals(Set.of("GdprDataErased"), AuditEvent.named("GdprDataErased"));
        assertEquals(Set.of("GdprDataErased"), AuditEvent.named("gdprdataerased"), "in any case");
    }

    /** KoproGo's admin panel lists every GDPR event with {@code event_type=Gdpr}. */
    @Test
    void theStartOfSeveralNamesThemAll() {
        assertEquals(Set.of("GdprDataExported", "GdprDataErased", "GdprDataErasureFailed",
                "GdprErasureCheckRequested"), AuditEvent.named("Gdpr"));
        assertEquals(Set.of("GdprDataErased", "GdprDataErasureFailed"), AuditEvent.named("GdprDataEras"));
    }

    @Test
    void anythingElseNamesNone() {
        assertTrue(AuditEvent.named("UserLogin").isEmpty());
        assertTrue(AuditEvent.named("GdprDataErasedNow").isEmpty());
    }
}
