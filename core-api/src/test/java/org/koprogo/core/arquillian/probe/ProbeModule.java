package org.koprogo.core.arquillian.probe;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;

/** A module as a third-party team writes one: it knows core-api and nothing else. */
@ApplicationScoped
public class ProbeModule implements PlatformModule {

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/probe.xml");
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(ProbeResource.class);
    }
}
