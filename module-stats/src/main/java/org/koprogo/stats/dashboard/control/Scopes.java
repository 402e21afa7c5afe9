package org.koprogo.stats.dashboard.control;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.koprogo.core.stats.boundary.Scope;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Holdings;

/** Whose figures a caller reads: tenancy as everywhere, from the token. */
@ApplicationScoped
public class Scopes {

    @Inject
    Caller caller;

    @Inject
    Instance<Holdings> holdings;

    /**
     * The caller's organization. A superadmin belongs to none: it reads the one it names, and without one an empty
     * scope (zeros, as KoproGo answered it); anyone else's choice is ignored.
     */
    public Scope organization(UUID requested) {
        if (caller.isSuperadmin()) {
            return Scope.organizations(requested == null ? Set.of() : Set.of(requested));
        }
        return Scope.organizations(Set.of(caller.organizationId().orElseThrow()));
    }

    /** What the caller holds through its linked owner record: nothing when none is linked, or for a superadmin. */
    public Scope.Holder holder() {
        UUID user = caller.userId();
        return new Scope.Holder(user, holdings.isResolvable() ? holdings.get().buildingsHeldBy(user) : Set.of());
    }
}
