package org.koprogo.core.module.boundary;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Finds the installed modules through CDI and holds the plan the configuration makes of them. */
@ApplicationScoped
public class ModuleRegistry {

    @Inject
    @Any
    Instance<PlatformModule> installed;

    @Inject
    @ConfigProperty(name = "KOPROGO_MODULES_DISABLED")
    Optional<String> disabled;

    private ModulePlan plan;

    @PostConstruct
    void plan() {
        plan = ModulePlan.of(installed.stream().toList(), parse(disabled.orElse("")));
    }

    static Set<String> parse(String names) {
        return Arrays.stream(names.split(","))
                .map(String::trim)
                .map(String::toLowerCase)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public ModulePlan current() {
        return plan;
    }
}
