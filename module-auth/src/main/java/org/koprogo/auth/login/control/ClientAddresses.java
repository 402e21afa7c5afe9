package org.koprogo.auth.login.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koprogo.core.lifecycle.boundary.DatabaseMigrated;
import org.koprogo.core.lifecycle.boundary.StartupRefusedException;

/** The address a sign-in comes from, as the throttle counts it: behind {@value #TRUSTED_PROXIES}, the client's. */
@ApplicationScoped
public class ClientAddresses {

    static final String TRUSTED_PROXIES = "KOPROGO_TRUSTED_PROXIES";

    @Inject
    @ConfigProperty(name = TRUSTED_PROXIES)
    Optional<String> configured;

    private TrustedProxies proxies;

    /** Read at start-up, so that a wrong list stops the platform rather than the first sign-in. */
    void parse(@Observes DatabaseMigrated event) {
        try {
            proxies = TrustedProxies.parse(configured.orElse(""));
        } catch (IllegalArgumentException e) {
            throw new StartupRefusedException(TRUSTED_PROXIES + ": " + e.getMessage());
        }
    }

    /** @param forwardedFor the request's {@code X-Forwarded-For} headers, in the order received */
    public String of(String peer, List<String> forwardedFor) {
        return proxies.clientAddress(peer, forwardedFor);
    }
}
