package org.koprogo.seed;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;
import org.koprogo.seed.world.boundary.SeedResource;

/** Demo, realistic and scaled data sets over every domain module. */
@ApplicationScoped
public class SeedModule implements PlatformModule {

    public static final String NAME = "seed";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of("auth", "buildings", "owners", "expenses", "meetings", "documents");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/seed.xml");
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(SeedResource.class);
    }
}
