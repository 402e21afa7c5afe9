package org.koprogo.core.tenancy.boundary;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.koprogo.core.paging.boundary.Where;

/**
 * What the caller may read of rows that belong to a building: its organization's, and for an owner only those
 * of the buildings it holds a share in.
 */
@ApplicationScoped
public class Visibility {

    /** Matches no building: JPQL cannot test membership in an empty collection. */
    private static final Set<UUID> NONE = Set.of(new UUID(0, 0));

    @Inject
    Caller caller;

    @Inject
    Instance<Holdings> holdings;

    /** The conditions every list of building rows starts from. */
    public Where where(String organizationPath, String buildingPath) {
        Where where = Where.visibleTo(caller.organizationId(), organizationPath);
        if (caller.is(Role.OWNER)) {
            Set<UUID> held = held();
            where.and(buildingPath + " in :held", "held", held.isEmpty() ? NONE : held);
        }
        return where;
    }

    public boolean canSee(UUID organizationId, UUID buildingId) {
        return caller.canSee(organizationId) && (!caller.is(Role.OWNER) || held().contains(buildingId));
    }

    private Set<UUID> held() {
        return holdings.isResolvable() ? holdings.get().buildingsHeldBy(caller.userId()) : Set.of();
    }
}
