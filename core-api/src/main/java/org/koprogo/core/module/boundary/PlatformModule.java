package org.koprogo.core.module.boundary;

import java.util.Optional;
import java.util.Set;

/**
 * The contract of a feature module. A module jar holds exactly one CDI bean implementing it; the platform
 * finds every such bean through CDI and never names a concrete module.
 */
public interface PlatformModule {

    /** Short, unique, lower-case name used in configuration, e.g. {@code buildings}. */
    String name();

    /** Names of the modules this one needs enabled. */
    default Set<String> requires() {
        return Set.of();
    }

    /** Classpath location of the module's Liquibase changelog, if it owns tables. */
    default Optional<String> changelog() {
        return Optional.empty();
    }

    /** The JAX-RS resource and provider classes the platform registers when the module is enabled. */
    Set<Class<?>> resources();
}
