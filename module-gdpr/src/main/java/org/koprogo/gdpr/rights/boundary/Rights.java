package org.koprogo.gdpr.rights.boundary;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.core.refusal.boundary.Gone;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.gdpr.audit.control.AuditTrail.Actor;
import org.koprogo.gdpr.rights.control.Erasures;
import org.koprogo.gdpr.rights.control.Erasures.Outcome;
import org.koprogo.gdpr.rights.control.Exports;

/** The three rights as every route answers them, whoever the subject: export, erasure check, erasure. */
@ApplicationScoped
public class Rights {

    @Inject
    Caller caller;

    @Inject
    HttpServletRequest request;

    @Inject
    Exports exports;

    @Inject
    Erasures erasures;

    /**
     * The export, admitted by the hourly limit (429 past it) and recorded before its first byte, then streamed:
     * a person with many records never sits whole in memory.
     */
    Response export(DataSubject subject) {
        exports.admit(actor(), subject);
        StreamingOutput body = out -> exports.write(subject, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    CanEraseResponse canErase(DataSubject subject) {
        return CanEraseResponse.of(subject, erasures.check(actor(), subject));
    }

    /** 200 with what was erased; 409 naming the holds; 410 when the subject was erased already. */
    ErasureResponse erase(DataSubject subject) {
        Outcome outcome = erasures.erase(actor(), subject);
        if (outcome instanceof Outcome.Held held) {
            throw new RuleViolation("Erasure is held back: " + String.join("; ", held.holds().stream()
                    .map(ErasureHold::detail).toList()), Map.of("holds", held.holds()));
        }
        if (outcome instanceof Outcome.Erased erased) {
            return ErasureResponse.of(subject, erased);
        }
        throw new Gone("The data of " + (subject.userId() != null ? "user " + subject.userId()
                : "owner " + subject.ownerId()) + " was erased already");
    }

    private Actor actor() {
        return new Actor(caller.userId(), caller.role().wireName(), request.getRemoteAddr());
    }
}
