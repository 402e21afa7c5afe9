package org.koprogo.core.data.boundary;

import java.util.UUID;

import org.koprogo.core.property.boundary.BuildingRecords;

/**
 * A module's records that refer to another module's building record by id (a document linked to a meeting), with no
 * foreign key across the modules. When the keeping module deletes one, {@link PlatformData} has every enabled module
 * release them: the records stay, in their building, no longer linked — as {@link UserReferences} do for a deleted
 * user, so that deleting a record never takes another module's data with it nor is blocked by it. Called in the
 * deletion's JTA transaction; each module works through its own persistence unit.
 */
public interface RecordReferences {

    /** The name of the {@code PlatformModule} whose records these are: a disabled module's are left alone. */
    String module();

    /** Unties this module's records from the record {@code recordId} of {@code kind} ({@link BuildingRecords}). */
    void release(String kind, UUID recordId);
}
