package org.koprogo.gdpr.rights.boundary;

import java.util.List;
import java.util.UUID;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;

/** Whether the subject's data may be erased now, and if not what holds it back (as erasure's 409 names them). */
public record CanEraseResponse(boolean canErase, UUID userId, UUID ownerId, List<ErasureHold> holds) {

    static CanEraseResponse of(DataSubject subject, List<ErasureHold> holds) {
        return new CanEraseResponse(holds.isEmpty(), subject.userId(), subject.ownerId(), holds);
    }
}
