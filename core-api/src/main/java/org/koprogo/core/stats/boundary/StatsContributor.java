package org.koprogo.core.stats.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A module's part of the dashboards ({@code /api/v1/stats/*}): an {@code @ApplicationScoped} bean, found through
 * CDI, so that a module added later (meetings) contributes without any change to module-stats. Each method
 * answers about the module's own rows only and reads nothing it does not own.
 * <p>
 * Called outside any transaction, one module after the other: each query takes a pooled connection and gives it
 * back, so no module ever holds two. Every call is on a dashboard's path, loaded with each page: a few indexed
 * queries, never a scan of a table.
 */
public interface StatsContributor {

    /** The name of the {@code PlatformModule} whose rows these are: a disabled module is not asked. */
    String module();

    /** The figures asked for that this module counts (those it does not are left out), over the scope's rows. */
    Figures figures(Scope scope, Set<Figure> wanted);

    /** The scope's most pressing tasks of this module, a few at most. */
    default List<UrgentTask> urgentTasks(Scope scope) {
        return List.of();
    }

    /** The scope's next general assembly this module knows of. */
    default Optional<NextMeeting> nextMeeting(Scope scope) {
        return Optional.empty();
    }

    /** The names of those of these buildings that this module holds, by id. */
    default Map<UUID, String> buildingNames(Set<UUID> buildings) {
        return Map.of();
    }

    /** The organizations this module knows a seed planted (module-auth's flag on each). */
    default Set<UUID> seedOrganizations() {
        return Set.of();
    }
}
