package org.koprogo.core.property.boundary;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Records a module keeps for a building (module-meetings its meetings, module-expenses its expenses), as other
 * modules may refer to them: by id, with the building and organization they belong to. A module that links to
 * them (module-documents) checks a reference through this instead of reading their tables; each keeping module
 * implements it once, named by {@link #kind()}, and finds nothing while it is disabled.
 */
public interface BuildingRecords {

    /** The meetings of module-meetings. */
    String MEETING = "meeting";
    /** The expenses of module-expenses. */
    String EXPENSE = "expense";

    record RecordRef(UUID id, UUID organizationId, UUID buildingId) {
    }

    /** What the records are: {@link #MEETING}, {@link #EXPENSE}. */
    String kind();

    Optional<RecordRef> find(UUID id);

    /**
     * The ids of the records an owner record takes part in (module-meetings: the assemblies it is in the attendance
     * of), for what concerns a person (their GDPR export); none for a kind nobody takes part in, or while disabled.
     */
    default Set<UUID> takenPartIn(UUID ownerId) {
        return Set.of();
    }
}
