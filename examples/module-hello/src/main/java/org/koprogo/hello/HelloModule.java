package org.koprogo.hello;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;
import org.koprogo.hello.greeting.boundary.GreetingsResource;

/** The example plugin: greetings an organization keeps. It is never in the WAR; operators drop its jar in. */
@ApplicationScoped
public class HelloModule implements PlatformModule {

    public static final String NAME = "hello";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of("auth");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/hello.xml");
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(GreetingsResource.class);
    }
}
