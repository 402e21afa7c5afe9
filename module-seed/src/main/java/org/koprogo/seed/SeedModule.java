package org.koprogo.seed;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;

/** Demo, realistic and scaled data sets over every domain module. */
@ApplicationScoped
public class SeedModule implements PlatformModule {

    @Override
    public String name() {
        return "seed";
    }

    @Override
    public Set<String> requires() {
        return Set.of("auth", "buildings", "owners", "expenses");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.empty();
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of();
    }
}
