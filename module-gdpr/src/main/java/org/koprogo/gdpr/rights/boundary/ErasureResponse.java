package org.koprogo.gdpr.rights.boundary;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.gdpr.rights.control.Erasures.Outcome;

/**
 * A done erasure, as KoproGo answered it: the e-mail and names are those before the erasure, told once to whoever
 * asked for it and kept nowhere; {@code erased} counts the records changed by part or table.
 */
public record ErasureResponse(boolean success, String message, OffsetDateTime anonymizedAt, UUID userId,
                              UUID ownerId, String userEmail, String userFirstName, String userLastName,
                              int ownersAnonymized, Map<String, Integer> erased) {

    static ErasureResponse of(DataSubject subject, Outcome.Erased erased) {
        return new ErasureResponse(true, "The personal data were erased: names, e-mail addresses, phones and"
                + " addresses are anonymised; what the co-ownership's accounts and minutes keep stays, without them",
                erased.at(), subject.userId(), subject.ownerId(), erased.identity().email(),
                erased.identity().firstName(), erased.identity().lastName(),
                erased.counts().getOrDefault("owners", 0), erased.counts());
    }
}
