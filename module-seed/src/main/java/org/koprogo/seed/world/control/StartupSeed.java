package org.koprogo.seed.world.control;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;
import org.koprogo.core.lifecycle.boundary.StartupRefusedException;
import org.koprogo.seed.SeedModule;

/**
 * Seeding at start-up, from configuration (the launcher's {@code --seed} options set the same keys): a platform
 * restarted with the same options finds its seed there and leaves it, saying so, unless told to replace it.
 */
@ApplicationScoped
public class StartupSeed {

    private static final Logger LOG = Logger.getLogger(StartupSeed.class.getName());

    @Inject
    @ConfigProperty(name = "KOPROGO_SEED")
    Optional<String> kindName;

    @Inject
    @ConfigProperty(name = "KOPROGO_SEED_SCALE", defaultValue = "1")
    int scale;

    @Inject
    @ConfigProperty(name = "KOPROGO_SEED_VALUE", defaultValue = "42")
    long seed;

    @Inject
    @ConfigProperty(name = "KOPROGO_SEED_REPLACE", defaultValue = "false")
    boolean replace;

    @Inject
    @ConfigProperty(name = "KOPROGO_SEED_DELETE", defaultValue = "false")
    boolean delete;

    @Inject
    ModuleRegistry modules;

    @Inject
    Seeds seeds;

    void onMigrated(@Observes DatabaseMigrated event) {
        Optional<String> asked = kindName.map(String::strip).filter(name -> !name.isEmpty());
        if (!delete && asked.isEmpty()) {
            return;
        }
        if (!modules.current().isEnabled(SeedModule.NAME)) {
            throw new StartupRefusedException("KOPROGO_SEED/KOPROGO_SEED_DELETE need module 'seed', which is disabled");
        }
        if (delete) {
            LOG.info(() -> "Seed data removed (KOPROGO_SEED_DELETE): " + seeds.removeAll());
        }
        if (asked.isPresent()) {
            plant(asked.get());
        }
    }

    private void plant(String name) {
        SeedKind kind = SeedKind.ofWireName(name).orElseThrow(() -> new StartupRefusedException(
                "KOPROGO_SEED must be demo or realistic, not '" + name + "'"));
        if (scale < 1 || scale > Seeds.MAX_SCALE || (scale != 1 && !kind.scales())) {
            throw new StartupRefusedException("KOPROGO_SEED_SCALE must be 1" + (kind.scales()
                    ? " to " + Seeds.MAX_SCALE : " for " + kind.wireName()) + ", not " + scale);
        }
        try {
            seeds.plant(kind, scale, seed, replace);
        } catch (AlreadySeeded present) {
            LOG.info(() -> "Seed left as it is: " + present.getMessage());
        }
    }
}
