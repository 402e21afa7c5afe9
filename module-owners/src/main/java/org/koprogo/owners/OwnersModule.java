package org.koprogo.owners;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;
import org.koprogo.owners.owner.boundary.OwnersResource;
import org.koprogo.owners.ownership.boundary.OwnerSharesResource;
import org.koprogo.owners.ownership.boundary.SharesResource;
import org.koprogo.owners.ownership.boundary.UnitOwnersResource;

/** Owners and their ownership shares of units. */
@ApplicationScoped
public class OwnersModule implements PlatformModule {

    public static final String NAME = "owners";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of("buildings");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/owners.xml");
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(OwnersResource.class, OwnerSharesResource.class, SharesResource.class,
                UnitOwnersResource.class);
    }
}
