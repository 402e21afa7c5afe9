package org.koprogo.gdpr;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;
import org.koprogo.gdpr.audit.boundary.AuditLogsResource;
import org.koprogo.gdpr.rights.boundary.AdminRightsResource;
import org.koprogo.gdpr.rights.boundary.OwnRightsResource;
import org.koprogo.gdpr.rights.boundary.OwnerRightsResource;

/**
 * A person's GDPR rights (articles 15, 17 and 20): a copy of their data and its erasure, each enabled module
 * contributing its part through core-api's {@code PersonalData}, and the audit trail of both.
 */
@ApplicationScoped
public class GdprModule implements PlatformModule {

    public static final String NAME = "gdpr";

    @Override
    public String name() {
        return NAME;
    }

    /** Its subjects are sign-ins, and the account's own part of every export is auth's. */
    @Override
    public Set<String> requires() {
        return Set.of("auth");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/gdpr.xml");
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(OwnRightsResource.class, AdminRightsResource.class, OwnerRightsResource.class,
                AuditLogsResource.class);
    }
}
