package org.koprogo.buildings;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.buildings.building.boundary.BuildingsResource;
import org.koprogo.buildings.unit.boundary.BuildingUnitsResource;
import org.koprogo.buildings.unit.boundary.UnitsResource;
import org.koprogo.core.module.boundary.PlatformModule;

/** Buildings and their units (lots) with tantièmes. */
@ApplicationScoped
public class BuildingsModule implements PlatformModule {

    @Override
    public String name() {
        return "buildings";
    }

    @Override
    public Set<String> requires() {
        return Set.of("auth");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/buildings.xml");
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(BuildingsResource.class, BuildingUnitsResource.class, UnitsResource.class);
    }
}
