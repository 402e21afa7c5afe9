package org.koprogo.stats.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.stats.boundary.StatsContributor;

/**
 * The modules' contributions found through CDI: those of enabled modules only (a disabled one's tables may not
 * exist).
 */
@ApplicationScoped
public class Dashboards {

    @Inject
    @Any
    Instance<StatsContributor> contributors;

    @Inject
    ModuleRegistry modules;

    public Dashboard enabled() {
        return new Dashboard(contributors.stream()
                .filter(contributor -> modules.current().isEnabled(contributor.module())).toList());
    }
}
