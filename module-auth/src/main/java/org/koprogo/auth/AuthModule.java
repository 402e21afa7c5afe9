package org.koprogo.auth;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.auth.login.boundary.AuthResource;
import org.koprogo.auth.organization.boundary.OrganizationsResource;
import org.koprogo.auth.user.boundary.UsersResource;
import org.koprogo.core.module.boundary.PlatformModule;

/** Organizations, users, roles, login and tokens: every other module relies on its tenancy. */
@ApplicationScoped
public class AuthModule implements PlatformModule {

    @Override
    public String name() {
        return "auth";
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/auth.xml");
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(AuthResource.class, OrganizationsResource.class, UsersResource.class);
    }
}
