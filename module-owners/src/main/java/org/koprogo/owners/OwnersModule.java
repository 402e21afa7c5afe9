package org.koprogo.owners;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;

/** Owners and their ownership shares of units. */
@ApplicationScoped
public class OwnersModule implements PlatformModule {

    @Override
    public String name() {
        return "owners";
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
        return Set.of();
    }
}
