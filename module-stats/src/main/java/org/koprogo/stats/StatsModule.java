package org.koprogo.stats;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;
import org.koprogo.stats.dashboard.boundary.StatsResource;

/**
 * KoproGo's dashboards, from what every enabled module contributes through core-api's stats contract. It requires
 * no module and owns no table: a disabled module's figures read 0.
 */
@ApplicationScoped
public class StatsModule implements PlatformModule {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(StatsResource.class);
    }
}
